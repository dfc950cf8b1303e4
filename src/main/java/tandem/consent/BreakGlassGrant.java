package tandem.consent;

import java.time.Instant;
import java.util.UUID;
import tandem.shared.ids.PersonId;

/** Emergency access granted to a practitioner until {@code expiresAt}. */
public record BreakGlassGrant(UUID id, PersonId personId, String username, String reason, Instant startedAt,
        Instant expiresAt) {
}
