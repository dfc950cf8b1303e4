package tandem.community;

/** Topics of the resources library. */
public enum Topic {
    RECOVERY_CONCEPTS("Recovery concepts"),
    REFOCUS("REFOCUS"),
    IMROC("ImROC"),
    PEER_SUPPORT("Peer support"),
    RECOVERY_COLLEGES("Recovery Colleges"),
    WELLBEING("Wellbeing");

    private final String label;

    Topic(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
