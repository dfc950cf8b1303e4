package tandem.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The signed-in sessions (devices) of the caller's own account: listed, and ended one by one or all
 * at once. Nobody sees or ends another account's sessions here. A session's own id never leaves the
 * server: a session is named by a random {@code handle}.
 */
public interface SignedInSessions {

    /** One signed-in session: when it began, when it was last used, from which address and browser, and whether it is this one. */
    record Device(UUID handle, Instant signedInAt, Instant lastUsedAt, String clientAddress, String browser, boolean current) {
    }

    /** The account's sessions that have not ended, the most recently used first. {@code currentSessionId} is the caller's own. */
    List<Device> ofAccount(CurrentUser user, String currentSessionId);

    /** Ends one of the account's sessions; {@code NotFoundException} when the handle is not one of them. */
    void end(CurrentUser user, UUID handle);

    /** Ends every session of the account except {@code currentSessionId}; returns how many ended. */
    int endOthers(CurrentUser user, String currentSessionId);
}
