package tandem.community;

/** Roles a member can take on in a mutual-help group. */
public enum GroupRole {
    WELCOMER("Welcomer", "greets new members and shows them round"),
    NOTE_TAKER("Note-taker", "writes down what the group agreed"),
    CO_FACILITATOR("Co-facilitator", "helps the facilitator run the meeting");

    private final String label;
    private final String description;

    GroupRole(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
