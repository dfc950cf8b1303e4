package tandem.community;

/** Who may read a published story. */
public enum Visibility {
    PUBLIC("Anyone, including people without an account"),
    ORGANISATION("People signed in to Tandem at my organisation"),
    PRIVATE("Only me");

    private final String label;

    Visibility(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
