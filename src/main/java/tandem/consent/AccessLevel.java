package tandem.consent;

/** Why, if at all, a user may see a person. */
public enum AccessLevel {
    /** No access: answer "not found". */
    NONE,
    /** The person themselves. */
    SELF,
    /** Staff in a care role whose team has the person on its caseload, and the person shares. */
    CARE_TEAM,
    /** A practitioner's time-limited emergency access, with a written reason. */
    BREAK_GLASS,
    /** A supporter linked by the person: only what the person shares with them. */
    SUPPORTER,
    /** An administrator of the person's organisation: names and teams only, no records. */
    DIRECTORY,
    /** A service lead of the person's organisation: the access log only. */
    ACCESS_LOG,
    /**
     * Another system of the person's organisation, calling with a token (identity's API clients), while
     * the person shares with their care team. What it may do with the record is bounded by the token's
     * scopes, checked before the request reaches any module.
     */
    SYSTEM;

    public boolean readsRecord() {
        return this == SELF || this == CARE_TEAM || this == BREAK_GLASS || this == SYSTEM;
    }
}
