package tandem.identity;

import java.time.Instant;
import java.util.UUID;

/** An invitation just sent: its id and when its link stops working. */
public record SentInvitation(UUID id, Instant expiresAt) {
}
