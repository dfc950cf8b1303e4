package tandem.change.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.identity.CurrentUser;

/** Every change to the organisation's change work goes to the audit log (none of it is about a person). */
@Component
class ChangeAudit {

    private final AuditLog audit;

    ChangeAudit(AuditLog audit) {
        this.audit = audit;
    }

    void audited(CurrentUser user, AuditAction action, String what, UUID id) {
        audit.record(new AuditEvent(user.username(), user.primaryRole().name(), user.organisationId(), null, action, what,
                id.toString(), false));
    }
}
