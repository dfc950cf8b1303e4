package tandem.identity;

import java.util.Set;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** An account as other modules see it: no password, no second-factor secret. */
public record AccountSummary(AccountId id, String username, Set<Role> roles, OrganisationId organisationId, PersonId personId,
        StaffId staffId, boolean enabled, boolean secondFactor) {
}
