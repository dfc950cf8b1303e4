package tandem.community;

/** Where a story is: waiting for a peer moderator, published, returned to its author, private, or withdrawn. */
public enum StoryStatus {
    PENDING("Waiting for a moderator"),
    PUBLISHED("Published"),
    RETURNED("Returned to you with a note"),
    PRIVATE("Private: only you can read it"),
    WITHDRAWN("Withdrawn");

    private final String label;

    StoryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
