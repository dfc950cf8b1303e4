package tandem.people;

/**
 * How far an NHS number held for a person can be trusted. Only a verified number (checked by a worker,
 * or from the record system) may ever link a sign-in or a message from another system to the person:
 * linking on an unverified number risks the wrong record, a clinical hazard.
 */
public enum NhsNumberStatus {

    /** Typed in or imported, not yet checked. */
    UNVERIFIED,
    /** A worker who may see the person recorded that they checked it (with the person or a letter). */
    CHECKED_BY_WORKER,
    /** Sent by the record system's feed. */
    FROM_RECORD_SYSTEM;

    public boolean verified() {
        return this != UNVERIFIED;
    }
}
