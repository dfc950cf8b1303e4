package tandem.workforce.internal;

import java.util.Optional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.StaffId;

/** Who may see workforce reports, and the audit entries of workforce changes. */
final class WorkforceAccess {

    private WorkforceAccess() {
    }

    static void requireLead(CurrentUser user) {
        if (!user.has(Role.SERVICE_LEAD) || user.organisationId() == null) {
            throw new ForbiddenException("Only the service lead sees workforce reports.");
        }
    }

    /** The caller's own staff id; {@code NotFoundException} for a user who is not a staff member. */
    static StaffId staffOf(CurrentUser user) {
        return Optional.ofNullable(user.staffId()).orElseThrow(() -> new NotFoundException("Staff member"));
    }

    /** An audit entry about a staff member's workforce record (not a person's care record). */
    static AuditEvent event(CurrentUser user, AuditAction action, String what, StaffId staffId) {
        return new AuditEvent(user.username(), user.primaryRole().name(), user.organisationId(), null, action, what,
                staffId == null ? null : staffId.toString(), false);
    }
}
