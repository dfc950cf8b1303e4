package tandem.identity;

import java.time.Instant;
import java.util.UUID;

/** One invitation as its inviter sees it: to whom, when and by whom, and what became of it. */
public record InvitationStatus(UUID id, String email, Instant sentAt, String sentBy, Instant expiresAt, Instant openedAt,
        Instant usedAt, Instant revokedAt, String revokedBy, State state) {

    /** What became of an invitation. */
    public enum State {
        SENT("Sent, not opened yet"),
        OPENED("Opened, no account made yet"),
        USED("Used: the account is made"),
        EXPIRED("Expired"),
        REVOKED("Revoked"),
        REPLACED("Replaced by a newer invitation");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Whether the link still works, so it can be revoked. */
    public boolean open() {
        return state == State.SENT || state == State.OPENED;
    }
}
