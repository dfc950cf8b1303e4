package tandem.recovery;

/** The five ways to wellbeing (NEF for Foresight, 2008). */
public enum Way {
    CONNECT("Connect", "time with people around you"),
    BE_ACTIVE("Be active", "moving in a way you enjoy"),
    TAKE_NOTICE("Take notice", "noticing the world and how you feel"),
    KEEP_LEARNING("Keep learning", "trying something new or picking up an old interest"),
    GIVE("Give", "doing something for someone else");

    private final String label;
    private final String hint;

    Way(String label, String hint) {
        this.label = label;
        this.hint = hint;
    }

    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }
}
