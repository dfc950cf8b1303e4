package tandem.identity;

import java.util.Optional;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** Implemented by the module that knows people's and staff members' names (people). */
public interface AccountDisplayNames {
    Optional<String> displayName(PersonId personId, StaffId staffId);
}
