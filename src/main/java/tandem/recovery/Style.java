package tandem.recovery;

/** The communication styles the seed names for recovery-promoting relationships. */
public enum Style {
    MENTORING("Mentoring"),
    CO_LEARNING("Co-learning"),
    COACHING("Coaching");

    private final String label;

    Style(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
