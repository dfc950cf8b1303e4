package tandem.consent;

import java.time.Instant;
import java.util.UUID;

/** Emergency access granted to a practitioner until {@code expiresAt}. */
public record BreakGlassGrant(UUID id, UUID personId, String username, String reason, Instant startedAt,
        Instant expiresAt) {
}
