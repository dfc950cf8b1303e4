package tandem.community;

/** How the author is named beside their story. */
public enum Attribution {
    NAME("My name"),
    INITIALS("My initials"),
    ANONYMOUS("Anonymous");

    private final String label;

    Attribution(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
