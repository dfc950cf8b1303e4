package tandem.people;

import java.util.List;
import tandem.shared.ids.PersonId;

/** A line in a list of people: the name and current teams, nothing from the record. */
public record PersonListItem(PersonId id, String displayName, List<String> teams) {
}
