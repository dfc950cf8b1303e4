package tandem.identity;

import java.util.Set;
import java.util.UUID;

/** An account as other modules see it: no password, no second-factor secret. */
public record AccountSummary(UUID id, String username, Set<Role> roles, UUID organisationId, UUID personId,
        UUID staffId, boolean enabled, boolean secondFactor) {
}
