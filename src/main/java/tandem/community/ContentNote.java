package tandem.community;

/** Topics a reader may want to know about before reading a story. */
public enum ContentNote {
    SELF_HARM("self-harm"),
    SUICIDE("suicide"),
    ABUSE("abuse or violence"),
    HOSPITAL("hospital admission or detention"),
    RESTRAINT("restraint or seclusion"),
    SUBSTANCES("alcohol or drugs"),
    EATING("eating difficulties"),
    BEREAVEMENT("bereavement");

    private final String label;

    ContentNote(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
