package tandem.clinical;

import java.time.LocalDate;

import tandem.shared.ids.PersonId;

/**
 * An observation as a research extract may show it: whose, what, its value, the day, and who said
 * so ({@code source}: PERSON or STAFF, as stored). Who recorded it is left out.
 */
public record ReportedObservation(PersonId person, Criterion kind, String value, LocalDate observedOn, String source) {
}
