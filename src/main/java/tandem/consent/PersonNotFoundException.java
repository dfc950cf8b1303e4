package tandem.consent;

import tandem.shared.error.NotFoundException;

/** No such person, or the caller may not see them: the same answer either way (404). */
public class PersonNotFoundException extends NotFoundException {
    public PersonNotFoundException() {
        super("Person");
    }
}
