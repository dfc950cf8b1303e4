package tandem.college.internal;

import java.util.UUID;

import org.springframework.stereotype.Component;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.college.CourseId;
import tandem.college.StudentId;
import tandem.identity.CurrentUser;
import tandem.shared.ids.PersonId;

/** Every change the college makes, in the audit trail, with the person it concerns when there is one. */
@Component
class CollegeAudit {

    private final AuditLog audit;

    CollegeAudit(AuditLog audit) {
        this.audit = audit;
    }

    void audited(CurrentUser user, PersonId personId, AuditAction action, String what, CourseId course) {
        audited(user, personId, action, what, course.value());
    }

    void audited(CurrentUser user, PersonId personId, AuditAction action, String what, StudentId student) {
        audited(user, personId, action, what, student.value());
    }

    void audited(CurrentUser user, PersonId personId, AuditAction action, String what, UUID id) {
        audit.record(new AuditEvent(user.username(), user.primaryRole().name(), user.organisationId(), personId, action, what,
                id == null ? null : id.toString(), false));
    }
}
