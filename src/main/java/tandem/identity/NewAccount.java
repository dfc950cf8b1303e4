package tandem.identity;

import java.util.Set;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** An account to create, linked to a person or staff member of an organisation. */
public record NewAccount(String username, String password, Set<Role> roles, OrganisationId organisationId, PersonId personId,
        StaffId staffId) {
}
