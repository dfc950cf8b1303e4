package tandem.college.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.college.CourseId;
import tandem.college.Teaching;
import tandem.college.Views;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.TandemClock;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.TypedId;

/** Trainers' courses and registers. */
@Service
class TeachingService implements Teaching {

    private final CollegeStore store;
    private final AttendanceStore attendance;
    private final CollegeAudit audits;
    private final TandemClock clock;

    TeachingService(CollegeStore store, AttendanceStore attendance, CollegeAudit audits, TandemClock clock) {
        this.store = store;
        this.attendance = attendance;
        this.audits = audits;
        this.clock = clock;
    }

    /** Courses the caller trains on (all of the organisation's for the college administrator). */
    @Transactional(readOnly = true)
    @Override
    public List<Views.Course> teaching(CurrentUser user) {
        if (user.has(Role.COLLEGE_ADMIN)) {
            return store.search(user.organisationId().value(), null, null, null, null, null, null, null, false);
        }
        if (user.staffId() == null) {
            throw new ForbiddenException("Registers are for the college's trainers.");
        }
        List<Views.Course> out = new ArrayList<>();
        for (UUID id : store.coursesFacilitatedBy(TypedId.uuid(user.staffId()))) {
            store.course(CourseId.of(id)).ifPresent(out::add);
        }
        return out;
    }

    @Transactional(readOnly = true)
    @Override
    public Register register(CurrentUser user, UUID sessionId) {
        Views.Course c = registerCourse(user, sessionId);
        Views.Session s = c.sessions().stream().filter(x -> x.id().equals(sessionId)).findFirst().orElseThrow();
        return new Register(c, s, attendance.register(c.id(), sessionId));
    }

    /** Marks a session: every enrolled student present, absent or sent apologies. */
    @Transactional
    @Override
    public void mark(CurrentUser user, UUID sessionId, Map<String, String> marks) {
        Views.Course c = registerCourse(user, sessionId);
        List<Views.RegisterLine> lines = attendance.register(c.id(), sessionId);
        Validation v = new Validation();
        for (Views.RegisterLine l : lines) {
            String m = marks.get("mark-" + l.enrolmentId());
            if (m != null && !m.isBlank() && !Set.of("PRESENT", "ABSENT", "APOLOGIES").contains(m)) {
                v.add("mark-" + l.enrolmentId(), "Choose present, absent or sent apologies for " + l.studentName());
            }
        }
        v.throwIfInvalid();
        Instant now = clock.now();
        for (Views.RegisterLine l : lines) {
            String m = marks.get("mark-" + l.enrolmentId());
            if (m != null && !m.isBlank()) {
                attendance.mark(sessionId, l.enrolmentId().value(), m, user.username(), now);
            }
        }
        audits.audited(user, null, AuditAction.UPDATE, "college attendance", sessionId);
    }

    private Views.Course registerCourse(CurrentUser user, UUID sessionId) {
        CourseId courseId = store.courseOfSession(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        Views.Course c = store.course(courseId).orElseThrow(() -> new NotFoundException("Session"));
        if (!CollegeAccess.isAdminOf(user, c) && !CollegeAccess.isTrainerOf(user, c)) {
            throw new NotFoundException("Session");
        }
        return c;
    }
}
