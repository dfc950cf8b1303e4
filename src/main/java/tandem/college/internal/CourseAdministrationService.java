package tandem.college.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.college.CourseAdministration;
import tandem.college.CourseId;
import tandem.college.CourseStatus;
import tandem.college.Prospectus;
import tandem.college.StudentId;
import tandem.college.TermId;
import tandem.college.Views;
import tandem.identity.CurrentUser;
import tandem.measures.scoring.Chime;
import tandem.people.PeopleApi;
import tandem.people.StaffView;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.RuleRefusedException;
import tandem.shared.error.Validation;
import tandem.shared.ids.StaffId;

/** Terms, courses, sessions and trainers, for the college administrator. */
@Service
class CourseAdministrationService implements CourseAdministration {

    private final CollegeStore store;
    private final CollegeReadModel readModel;
    private final EnrolmentStore places;
    private final WaitingList waitingList;
    private final Prospectus prospectus;
    private final PeopleApi people;
    private final CollegeAudit audits;
    private final TandemClock clock;

    CourseAdministrationService(CollegeStore store, CollegeReadModel readModel, EnrolmentStore places, WaitingList waitingList, Prospectus prospectus, PeopleApi people,
            CollegeAudit audits, TandemClock clock) {
        this.store = store;
        this.readModel = readModel;
        this.places = places;
        this.waitingList = waitingList;
        this.prospectus = prospectus;
        this.people = people;
        this.audits = audits;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Views.Course> allCourses(CurrentUser admin, String term) {
        CollegeAccess.requireAdmin(admin);
        TermId t = term == null || term.isBlank() ? prospectus.currentTerm(admin.organisationId()).map(Views.Term::id).orElse(null)
                : TermId.of(CollegeAccess.uuid("term", term));
        return store.search(admin.organisationId().value(), t, null, null, null, null, null, null, false);
    }

    @Transactional(readOnly = true)
    @Override
    public List<Views.Term> termsOf(CurrentUser admin) {
        CollegeAccess.requireAdmin(admin);
        return store.terms(admin.organisationId().value());
    }

    @Transactional
    @Override
    public TermId addTerm(CurrentUser admin, String name, String startsOn, String endsOn, String opensOn, String opensAt) {
        CollegeAccess.requireAdmin(admin);
        Validation v = new Validation();
        v.required("name", name, "a name for the term", 100);
        LocalDate starts = v.date("startsOn", startsOn, "the first day", true);
        LocalDate ends = v.date("endsOn", endsOn, "the last day", true);
        LocalDate opens = v.date("opensOn", opensOn, "the day enrolment opens", true);
        LocalTime at = time(v, "opensAt", opensAt, "the time enrolment opens");
        if (starts != null && ends != null && ends.isBefore(starts)) {
            v.add("endsOn", "The last day must be on or after the first day");
        }
        if (name != null && !name.isBlank() && store.termNameTaken(admin.organisationId().value(), name.trim())) {
            v.add("name", "There is already a term with this name");
        }
        v.throwIfInvalid();
        TermId id = store.insertTerm(admin.organisationId().value(), name.trim(), starts, ends,
                LocalDateTime.of(opens, at).atZone(clock.zone()).toInstant());
        audits.audited(admin, null, AuditAction.CREATE, "college term", id.value());
        return id;
    }

    @Transactional
    @Override
    public CourseId saveCourse(CurrentUser admin, CourseId id, CourseForm f) {
        CollegeAccess.requireAdmin(admin);
        Validation v = new Validation();
        TermId term = null;
        if (f.termId() == null || f.termId().isBlank()) {
            v.add("termId", "Choose a term");
        } else {
            term = termOf(admin, f.termId());
            if (term == null) {
                v.add("termId", "Choose a term");
            }
        }
        v.required("title", f.title(), "a title", 200);
        v.required("description", f.description(), "a plain-English description", 4000);
        v.maxLength("outcomes", f.outcomes(), "the learning outcomes", 4000);
        v.maxLength("accessibility", f.accessibility(), "the accessibility information", 2000);
        v.maxLength("coDesignedBy", f.coDesignedBy(), "who co-designed it", 1000);
        v.maxLength("location", f.location(), "the place", 300);
        v.maxLength("onlineLink", f.onlineLink(), "the online link", 500);
        if (CollegeAccess.blankToNull(f.location()) == null && CollegeAccess.blankToNull(f.onlineLink()) == null) {
            v.add("location", "Enter a place, or an online link");
        }
        if (CollegeAccess.blankToNull(f.onlineLink()) != null && !f.onlineLink().trim().matches("https://\\S+")) {
            v.add("onlineLink", "Enter an online link that starts with https://");
        }
        if (f.level() == null || !LEVELS.contains(f.level())) {
            v.add("level", "Choose a level");
        }
        List<String> chime = f.chime() == null ? List.of() : f.chime();
        if (chime.stream().anyMatch(c -> java.util.Arrays.stream(Chime.values()).noneMatch(x -> x.name().equals(c)))) {
            v.add("chime", "Choose CHIME processes from the list");
        }
        List<String> topics = f.topics() == null ? List.of() : f.topics();
        if (!TOPICS.containsAll(topics)) {
            v.add("topics", "Choose topics from the list");
        }
        int capacity = 0;
        try {
            capacity = Integer.parseInt(CollegeAccess.nz(f.capacity()).trim());
            if (capacity < 1 || capacity > 500) {
                v.add("capacity", "Enter a number of places from 1 to 500");
            }
        } catch (NumberFormatException e) {
            v.add("capacity", "Enter the number of places as a whole number, like 12");
        }
        int num = 2;
        int den = 3;
        String completion = CollegeAccess.nz(f.completion()).trim();
        if (!completion.matches("\\d{1,2}/\\d{1,2}")) {
            v.add("completion", "Enter the share of sessions to attend as a fraction, like 2/3");
        } else {
            num = Integer.parseInt(completion.split("/")[0]);
            den = Integer.parseInt(completion.split("/")[1]);
            if (den == 0 || num < 1 || num > den) {
                v.add("completion", "Enter a fraction from 1/n up to 1/1, like 2/3");
            }
        }
        EnrolmentStore.LockedCourse existing = null;
        if (id != null) {
            existing = places.lock(id).filter(c -> c.facts().organisationId().equals(admin.organisationId()))
                    .orElseThrow(() -> new NotFoundException("Course"));
            int enrolled = existing.facts().enrolled();
            if (capacity > 0 && capacity < enrolled) {
                v.add("capacity", "There are already " + enrolled + " students enrolled: the places cannot be fewer than that");
            }
        }
        v.throwIfInvalid();
        CollegeStore.CourseRow row = new CollegeStore.CourseRow(term, f.title().trim(), f.description().trim(), CollegeAccess.nz(f.outcomes()).trim(),
                chime, topics, f.level(), CollegeAccess.blankToNull(f.location()), CollegeAccess.blankToNull(f.onlineLink()), CollegeAccess.nz(f.accessibility()).trim(), capacity,
                CollegeAccess.nz(f.coDesignedBy()).trim(), num, den);
        if (id == null) {
            CourseId created = store.insertCourse(admin.organisationId().value(), row);
            audits.audited(admin, null, AuditAction.CREATE, "college course", created);
            return created;
        }
        long version;
        try {
            version = Long.parseLong(CollegeAccess.nz(f.version()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "Reload the page and try again");
        }
        if (!store.updateCourse(id, version, row)) {
            throw new ConflictException("version", "Someone else changed this course while you were editing. Reload it to see their changes.");
        }
        waitingList.offerFreePlaces(existing, existing.facts().withCapacity(capacity), clock.now());
        audits.audited(admin, null, AuditAction.UPDATE, "college course", id);
        return id;
    }

    /** A course of the administrator's own organisation, draft or published (404 otherwise). */
    @Transactional(readOnly = true)
    @Override
    public Views.Course adminView(CurrentUser admin, CourseId courseId) {
        return adminCourse(admin, courseId);
    }

    @Transactional
    @Override
    public void addSession(CurrentUser admin, CourseId courseId, String date, String start, String end) {
        Views.Course c = adminCourse(admin, courseId);
        Validation v = new Validation();
        LocalDate day = v.date("date", date, "the date", true);
        LocalTime from = time(v, "start", start, "the start time");
        LocalTime to = time(v, "end", end, "the end time");
        if (from != null && to != null && !to.isAfter(from)) {
            v.add("end", "The session must end after it starts");
        }
        if (day != null && (day.isBefore(c.term().startsOn()) || day.isAfter(c.term().endsOn()))) {
            v.add("date", "Choose a date within the term (" + c.term().startsOn() + " to " + c.term().endsOn() + ")");
        }
        v.throwIfInvalid();
        Instant starts = LocalDateTime.of(day, from).atZone(clock.zone()).toInstant();
        Instant ends = LocalDateTime.of(day, to).atZone(clock.zone()).toInstant();
        UUID session = store.insertSession(courseId, starts, ends);
        if (c.status() == CourseStatus.PUBLISHED) {
            notifyEnrolled(courseId, "SESSION_CHANGE", "A new session for " + c.title(),
                    "A session has been added to " + c.title() + " on " + day + " from " + from + " to " + to + ".");
        }
        audits.audited(admin, null, AuditAction.CREATE, "college session", session);
    }

    /**
     * Removes a session that has not started. One that has started, or has marks on its register,
     * stays: attendance decides completion and certificates. A published course keeps at least one.
     */
    @Transactional
    @Override
    public void removeSession(CurrentUser admin, CourseId courseId, UUID sessionId) {
        Views.Course c = lockedAdminCourse(admin, courseId);
        Views.Session session = c.sessions().stream().filter(x -> x.id().equals(sessionId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Session"));
        if (!session.startsAt().isAfter(clock.now()) || store.hasAttendance(sessionId)) {
            throw new RuleRefusedException("session", "This session has started or has marks on its register, so it stays on the course.");
        }
        if (c.status() == CourseStatus.PUBLISHED && c.sessions().size() == 1) {
            throw new RuleRefusedException("session", "A published course needs at least one session. Add the new session before removing this one.");
        }
        store.deleteSession(courseId, sessionId);
        if (c.status() == CourseStatus.PUBLISHED) {
            notifyEnrolled(courseId, "SESSION_CHANGE", "A session of " + c.title() + " is cancelled",
                    "One session of " + c.title() + " has been cancelled. The course page shows the sessions now planned.");
        }
        audits.audited(admin, null, AuditAction.DELETE, "college session", sessionId);
    }

    @Transactional
    @Override
    public void setFacilitator(CurrentUser admin, CourseId courseId, String staffId, String kind, boolean confirmed) {
        Views.Course c = lockedAdminCourse(admin, courseId);
        Validation v = new Validation();
        StaffId staff = null;
        try {
            staff = StaffId.of(UUID.fromString(CollegeAccess.nz(staffId)));
            if (people.staff(staff).filter(s -> s.organisationId().equals(c.organisationId())).isEmpty()) {
                v.add("staffId", "Choose a trainer from the list");
            }
        } catch (IllegalArgumentException e) {
            v.add("staffId", "Choose a trainer from the list");
        }
        if (!"PEER".equals(kind) && !"PRACTITIONER".equals(kind)) {
            v.add("kind", "Choose peer trainer or practitioner trainer");
        }
        v.throwIfInvalid();
        StaffId changed = staff;
        List<Views.Facilitator> after = new ArrayList<>(c.facilitators().stream().filter(f -> !f.staffId().equals(changed)).toList());
        after.add(new Views.Facilitator(staff, "", kind, confirmed));
        if (c.status() == CourseStatus.PUBLISHED && !CollegeAccess.coProduced(after)) {
            throw new RuleRefusedException("staffId", "A published course must keep a confirmed peer trainer and a confirmed practitioner trainer.");
        }
        store.putFacilitator(courseId, staff, kind, confirmed);
        audits.audited(admin, null, AuditAction.UPDATE, "college course trainers", courseId);
    }

    @Transactional
    @Override
    public void removeFacilitator(CurrentUser admin, CourseId courseId, StaffId staffId) {
        Views.Course c = lockedAdminCourse(admin, courseId);
        if (c.status() == CourseStatus.PUBLISHED && !CollegeAccess.coProduced(c.facilitators().stream().filter(f -> !f.staffId().equals(staffId)).toList())) {
            throw new RuleRefusedException("staffId", "A published course must keep a confirmed peer trainer and a confirmed practitioner trainer.");
        }
        store.removeFacilitator(courseId, staffId);
        audits.audited(admin, null, AuditAction.UPDATE, "college course trainers", courseId);
    }

    /** Publishing needs co-production: a confirmed peer trainer and a confirmed practitioner trainer; and at least one session. */
    @Transactional
    @Override
    public void publish(CurrentUser admin, CourseId courseId) {
        Views.Course c = lockedAdminCourse(admin, courseId);
        if (!CollegeAccess.coProduced(c.facilitators())) {
            throw new RuleRefusedException("trainers",
                    "A course can be published only when a peer trainer with lived experience and a practitioner trainer have both confirmed.");
        }
        if (c.sessions().isEmpty()) {
            throw new RuleRefusedException("sessions", "Add at least one session before publishing.");
        }
        store.setStatus(courseId, CourseStatus.PUBLISHED);
        audits.audited(admin, null, AuditAction.UPDATE, "college course published", courseId);
    }

    @Transactional(readOnly = true)
    @Override
    public List<StaffView> possibleTrainers(CurrentUser admin) {
        CollegeAccess.requireAdmin(admin);
        return people.staffOf(admin.organisationId());
    }

    @Transactional(readOnly = true)
    @Override
    public FeedbackSummary feedback(CurrentUser admin, CourseId courseId) {
        adminCourse(admin, courseId);
        FeedbackSummary f = readModel.feedback(courseId);
        // Feedback is anonymous: with fewer than 5 answers, averages and suggestions could point to a student.
        return f.responses() < 5 ? new FeedbackSummary(f.responses(), null, null, null, 0, List.of()) : f;
    }

    private TermId termOf(CurrentUser admin, String termId) {
        try {
            TermId id = TermId.of(UUID.fromString(termId.trim()));
            return store.terms(admin.organisationId().value()).stream().anyMatch(t -> t.id().equals(id)) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    Views.Course adminCourse(CurrentUser admin, CourseId courseId) {
        CollegeAccess.requireAdmin(admin);
        return store.course(courseId).filter(c -> c.organisationId().equals(admin.organisationId()))
                .orElseThrow(() -> new NotFoundException("Course"));
    }

    /**
     * The course, read after locking its row until the transaction ends: changes to its trainers,
     * sessions and status then happen one at a time, so two administrators cannot together leave a
     * published course without co-production or without a session.
     */
    private Views.Course lockedAdminCourse(CurrentUser admin, CourseId courseId) {
        CollegeAccess.requireAdmin(admin);
        places.lock(courseId).orElseThrow(() -> new NotFoundException("Course"));
        return adminCourse(admin, courseId);
    }

    private void notifyEnrolled(CourseId courseId, String kind, String subject, String body) {
        Instant now = clock.now();
        for (StudentId student : places.enrolledStudents(courseId)) {
            store.notify(student, kind, subject, body, now);
        }
    }

    private static LocalTime time(Validation v, String field, String value, String label) {
        if (value == null || value.isBlank()) {
            v.add(field, "Enter " + label);
            return null;
        }
        try {
            return LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            v.add(field, "Enter " + label + " as hours and minutes, like 18:30");
            return null;
        }
    }
}
