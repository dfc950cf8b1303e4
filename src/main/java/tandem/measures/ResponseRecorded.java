package tandem.measures;

/**
 * Published, inside the storing transaction, when a scored response has been stored for a person
 * (for example, clinical recovery derives symptom remission from a BPRS). Listeners that write must
 * do so in the same transaction, so the response and what follows from it commit together.
 */
public record ResponseRecorded(StoredResponse response, String enteredBy) {
}
