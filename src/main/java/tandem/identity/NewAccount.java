package tandem.identity;

import java.util.Set;
import java.util.UUID;

/** An account to create, linked to a person or staff member of an organisation. */
public record NewAccount(String username, String password, Set<Role> roles, UUID organisationId, UUID personId,
        UUID staffId) {
}
