package tandem.identity.internal;

import java.util.Set;
import java.util.UUID;

import tandem.identity.AccountSummary;
import tandem.identity.Role;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

record AccountRow(UUID id, String username, String passwordHash, boolean enabled, UUID organisationId, UUID personId,
        UUID staffId, String totpSecret, Set<Role> roles) {

    AccountSummary summary() {
        return new AccountSummary(AccountId.of(id), username, roles, OrganisationId.of(organisationId), PersonId.of(personId), StaffId.of(staffId), enabled, totpSecret != null);
    }
}
