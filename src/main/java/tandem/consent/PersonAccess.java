package tandem.consent;

import java.util.Set;
import java.util.UUID;

/** A decision about one user and one person. {@code shares} matters for supporters only. */
public record PersonAccess(UUID personId, UUID organisationId, AccessLevel level, String actingRole,
        Set<String> shares) {

    public boolean breakGlass() {
        return level == AccessLevel.BREAK_GLASS;
    }

    public boolean self() {
        return level == AccessLevel.SELF;
    }
}
