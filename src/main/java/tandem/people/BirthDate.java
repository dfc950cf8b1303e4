package tandem.people;

import java.time.LocalDate;

import tandem.shared.ids.PersonId;

/** A person's date of birth as the people module holds it; {@code dateOfBirth} is null when it is not known. */
public record BirthDate(PersonId personId, LocalDate dateOfBirth) {
}
