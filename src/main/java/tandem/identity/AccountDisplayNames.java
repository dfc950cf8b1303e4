package tandem.identity;

import java.util.Optional;
import java.util.UUID;

/** Implemented by the module that knows people's and staff members' names (people). */
public interface AccountDisplayNames {
    Optional<String> displayName(UUID personId, UUID staffId);
}
