package tandem.workforce;

/** Roles in the peer workforce. */
public enum PeerRole {
    PEER_SUPPORT_WORKER("Peer support worker"),
    SENIOR_PEER_WORKER("Senior peer worker"),
    PEER_TRAINER("Peer trainer");

    private final String label;

    PeerRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
