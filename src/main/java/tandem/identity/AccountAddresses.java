package tandem.identity;

import java.util.Optional;

import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** Implemented by the module that knows people's and staff members' e-mail addresses (people), for mail about an account. */
public interface AccountAddresses {

    /** The e-mail address of the person or the member of staff an account belongs to, when one is held. */
    Optional<String> emailAddress(PersonId personId, StaffId staffId);
}
