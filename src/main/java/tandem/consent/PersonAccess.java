package tandem.consent;

import java.util.Set;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/** A decision about one user and one person. {@code shares} matters for supporters only. */
public record PersonAccess(PersonId personId, OrganisationId organisationId, AccessLevel level, String actingRole,
        Set<String> shares) {

    public boolean breakGlass() {
        return level == AccessLevel.BREAK_GLASS;
    }

    public boolean self() {
        return level == AccessLevel.SELF;
    }
}
