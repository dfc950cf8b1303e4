package tandem.audit;

import java.time.Instant;

/** A line of "who has looked at my record". */
public record AccessLogEntry(String actor, String actorRole, AuditAction action, String objectType, Instant at,
        boolean breakGlass) {
}
