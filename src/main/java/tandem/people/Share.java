package tandem.people;

/** What a person can share with a supporter. Modules check these through consent. */
public enum Share {
    PROFILE("Name, pronouns and how they like to be contacted"),
    CRISIS_PLAN("Wellness and crisis plan");

    private final String label;

    Share(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
