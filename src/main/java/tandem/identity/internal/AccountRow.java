package tandem.identity.internal;

import java.util.Set;
import java.util.UUID;

import tandem.identity.AccountSummary;
import tandem.identity.Role;

record AccountRow(UUID id, String username, String passwordHash, boolean enabled, UUID organisationId, UUID personId,
        UUID staffId, String totpSecret, Set<Role> roles) {

    AccountSummary summary() {
        return new AccountSummary(id, username, roles, organisationId, personId, staffId, enabled, totpSecret != null);
    }
}
