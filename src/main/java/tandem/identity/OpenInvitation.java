package tandem.identity;

import java.time.Instant;

/** What the invitation page shows: whom it is for (their first name, when known), a username to start from, and the end of the link. */
public record OpenInvitation(String name, String suggestedUsername, Instant expiresAt) {
}
