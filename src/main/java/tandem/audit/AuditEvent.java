package tandem.audit;

import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/**
 * One thing to record: who (account name and the role they acted in), about which person, what
 * they did and to what. Request id and client address are filled in from the web request.
 */
public record AuditEvent(String actor, String actorRole, OrganisationId organisationId, PersonId personId, AuditAction action,
        String objectType, String objectId, boolean breakGlass) {
}
