package tandem.measures;

import tandem.shared.ids.OrganisationId;

/**
 * Published, inside the storing transaction, when a scored response has been stored for a person
 * (for example, clinical recovery derives symptom remission from a BPRS). Listeners that write must
 * do so in the same transaction, so the response and what follows from it commit together.
 * {@code organisationId} is the organisation the response was stored under (the person's).
 */
public record ResponseRecorded(StoredResponse response, String enteredBy, OrganisationId organisationId) {
}
