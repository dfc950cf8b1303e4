package tandem.clinical;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.shared.ids.PersonId;

/**
 * Observations and the clinical recovery evaluation for a person, through the access-decision
 * service and the audit log. A stored BPRS response becomes a SYMPTOMS observation on its own:
 * remitted when every item of the configured positive and negative sets is 4 or below.
 */
public interface ClinicalRecovery {

    /**
     * A person's observations, oldest first, audited as a read of "clinical observations". The
     * person themselves, their care team or break-glass access; anyone else is answered
     * {@code PersonNotFoundException}.
     */
    List<RecordedObservation> observations(CurrentUser user, PersonId person);

    /**
     * {@link ClinicalRules} over a person's observations on {@code asOf} (an ISO date; today when null
     * or blank), audited as a read of "clinical recovery". Who may call it as for
     * {@link #observations} ({@code PersonNotFoundException} otherwise); a date that is not a real
     * date is refused with {@code InvalidInputException} ("asOf").
     */
    ClinicalRules.Evaluation evaluate(CurrentUser user, PersonId person, String asOf);

    /**
     * For aggregate reports only (no record is opened, nothing is audited): whether each of these
     * people meets the clinical recovery criteria on a day. People with no observations at all are
     * left out. For callers that have already decided the people may be counted; refuses nothing.
     */
    Map<UUID, Boolean> recoveredAmong(Collection<UUID> people, LocalDate asOf);

    /**
     * Records an observation, as typed, and audits it as a change. Staff who may open the record
     * (source STAFF, the default, or PERSON), or the person themselves (whose source is always PERSON).
     * Anyone else is answered {@code PersonNotFoundException}. Refuses with
     * {@code InvalidInputException} naming the field: a kind that is not a {@link Criterion}, a
     * value not among its options, a date missing, not a real date, in the future or before 1900,
     * a source other than PERSON or STAFF.
     */
    RecordedObservation record(CurrentUser user, PersonId person, String kind, String value, String observedOn, String source);
}
