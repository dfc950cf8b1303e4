package tandem.measures;

import java.time.Instant;
import java.util.UUID;

import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/**
 * A person gave a safety answer (PHQ-9 item 9 above 0): published inside the transaction that stored
 * the response, so that other modules can offer it to record systems as a safety alert (FHIR
 * subscriptions). It carries no answers: only whose, which questionnaire, which response and when.
 */
public record SafetyAlertRaised(UUID alertId, UUID responseId, PersonId personId, OrganisationId organisationId,
        String instrument, Instant raisedAt) {
}
