package tandem.recovery;

/** Where a goal is. There is no "failed": a goal the person stops working on is set aside. */
public enum GoalStatus {
    ACTIVE("Working on it"),
    ACHIEVED("Achieved"),
    SET_ASIDE("Set aside for now");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
