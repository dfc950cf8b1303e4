package tandem.audit;

import java.util.UUID;

/**
 * One thing to record: who (account name and the role they acted in), about which person, what
 * they did and to what. Request id and client address are filled in from the web request.
 */
public record AuditEvent(String actor, String actorRole, UUID organisationId, UUID personId, AuditAction action,
        String objectType, String objectId, boolean breakGlass) {
}
