package tandem.identity;

import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** Who is signed in: their account, roles and (where they have one) their person or staff record. */
public record CurrentUser(AccountId accountId, String username, String displayName, Set<Role> roles, PersonId personId,
        StaffId staffId, OrganisationId organisationId) implements Serializable {

    public CurrentUser {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isStaff() {
        return staffId != null;
    }

    public boolean isPersonSelf(PersonId person) {
        return personId != null && personId.equals(person);
    }

    public boolean hasCareRole() {
        return roles.stream().anyMatch(Role.CARE_ROLES::contains);
    }

    /** The role shown beside this user's actions in the audit trail. */
    public Role primaryRole() {
        return roles.stream().min(Comparator.comparingInt(Role::ordinal)).orElse(Role.PERSON);
    }
}
