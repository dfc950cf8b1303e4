package tandem.college;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.college.internal.CollegeStore;
import tandem.college.internal.EnrolmentStore;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.measures.scoring.Chime;
import tandem.people.PeopleApi;
import tandem.people.StaffView;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.RuleRefusedException;
import tandem.shared.error.Validation;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TypedId;

/**
 * The college's terms, courses and sessions: the public prospectus, the college administrator's
 * course management (a course is published only with a confirmed peer trainer and a confirmed
 * practitioner trainer), tutors' registers and the end-of-course feedback results.
 */
@Service
public class CollegeApi {

    public static final List<String> TOPICS = List.of("Understanding recovery", "Living well", "Mental health and wellbeing",
            "Peer support and lived experience", "Life skills and work", "Creativity and expression", "For families and friends");
    public static final List<String> LEVELS = List.of("INTRODUCTORY", "INTERMEDIATE", "PROGRESSIVE");

    /** A course as typed into the administrator's form (all text, checked by {@link #saveCourse}). */
    public record CourseForm(String termId, String title, String description, String outcomes, List<String> chime, List<String> topics,
            String level, String location, String onlineLink, String accessibility, String capacity, String coDesignedBy,
            String completion, String version) {

        public static CourseForm of(Views.Course c) {
            return new CourseForm(c.term().id().toString(), c.title(), c.description(), c.outcomes(), c.chime(), c.topics(), c.level(),
                    nz(c.location()), nz(c.onlineLink()), c.accessibility(), Integer.toString(c.capacity()), c.coDesignedBy(),
                    c.completionNumerator() + "/" + c.completionDenominator(), Long.toString(c.version()));
        }

        public static CourseForm empty() {
            return new CourseForm("", "", "", "", List.of(), List.of(), "INTRODUCTORY", "", "", "", "12", "", "2/3", "0");
        }
    }

    /** Prospectus filters; blank means any. */
    public record Search(String term, String query, String topic, String chime, String day, String time, String mode) {
    }

    private final CollegeStore store;
    private final EnrolmentStore places;
    private final PeopleApi people;
    private final AuditLog audit;
    private final TandemClock clock;

    CollegeApi(CollegeStore store, EnrolmentStore places, PeopleApi people, AuditLog audit, TandemClock clock) {
        this.store = store;
        this.places = places;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    // The prospectus (no sign-in)

    /** The term on now, else the next to start, else the latest. */
    public Optional<Views.Term> currentTerm(UUID org) {
        LocalDate today = clock.today();
        List<Views.Term> terms = store.terms(org);
        return terms.stream().filter(t -> !t.startsOn().isAfter(today) && !t.endsOn().isBefore(today)).findFirst()
                .or(() -> terms.stream().filter(t -> t.startsOn().isAfter(today)).min(Comparator.comparing(Views.Term::startsOn)))
                .or(() -> terms.stream().findFirst());
    }

    public List<Views.Term> terms() {
        return store.terms(null);
    }

    @Transactional(readOnly = true)
    public List<Views.Course> prospectus(Search s) {
        UUID term = null;
        if (s.term() == null || s.term().isBlank() || "current".equals(s.term())) {
            term = currentTerm(null).map(Views.Term::id).orElse(null);
        } else if (!"all".equals(s.term())) {
            term = uuid("term", s.term());
        }
        Integer day = null;
        if (s.day() != null && !s.day().isBlank()) {
            try {
                day = java.time.DayOfWeek.valueOf(s.day()).getValue();
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("day", "Choose a day from the list.");
            }
        }
        String time = blankToNull(s.time());
        if (time != null && !Set.of("MORNING", "AFTERNOON", "EVENING").contains(time)) {
            throw new InvalidInputException("time", "Choose morning, afternoon or evening.");
        }
        String chime = blankToNull(s.chime());
        if (chime != null && java.util.Arrays.stream(Chime.values()).noneMatch(c -> c.name().equals(chime))) {
            throw new InvalidInputException("chime", "Choose a CHIME process from the list.");
        }
        if (s.query() != null && s.query().length() > 200) {
            throw new InvalidInputException("query", "Search words must be 200 characters or fewer.");
        }
        return store.search(null, term, s.query(), blankToNull(s.topic()), chime, day, time, blankToNull(s.mode()), true);
    }

    /** A published course for anyone; a draft only for the college's administrators and its trainers. */
    @Transactional(readOnly = true)
    public Views.Course course(Optional<CurrentUser> user, UUID id) {
        Views.Course c = store.course(id).orElseThrow(() -> new NotFoundException("Course"));
        if (c.status() == CourseStatus.PUBLISHED) {
            return c;
        }
        if (user.isPresent() && (isAdminOf(user.get(), c) || isTrainerOf(user.get(), c))) {
            return c;
        }
        throw new NotFoundException("Course");
    }

    /** The sessions of a published course as an iCalendar file (times in UTC, so clock changes cannot shift them). */
    @Transactional(readOnly = true)
    public String calendar(UUID id) {
        Views.Course c = course(Optional.empty(), id);
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Tandem//Recovery College//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "X-WR-CALNAME:" + escape(c.title()));
        java.time.format.DateTimeFormatter utc = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                .withZone(java.time.ZoneOffset.UTC);
        int n = 1;
        for (Views.Session s : c.sessions()) {
            line(ics, "BEGIN:VEVENT");
            line(ics, "UID:" + s.id() + "@tandem");
            line(ics, "DTSTAMP:" + utc.format(clock.now()));
            line(ics, "DTSTART:" + utc.format(s.startsAt()));
            line(ics, "DTEND:" + utc.format(s.endsAt()));
            line(ics, "SUMMARY:" + escape(c.title() + " (session " + n++ + " of " + c.sessions().size() + ")"));
            line(ics, "LOCATION:" + escape(c.online() ? "Online" : nz(c.location())));
            line(ics, "DESCRIPTION:" + escape(c.description()));
            line(ics, "END:VEVENT");
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    // Administration

    @Transactional(readOnly = true)
    public List<Views.Course> allCourses(CurrentUser admin, String term) {
        requireAdmin(admin);
        UUID t = term == null || term.isBlank() ? currentTerm(admin.organisationId().value()).map(Views.Term::id).orElse(null) : uuid("term", term);
        return store.search(admin.organisationId().value(), t, null, null, null, null, null, null, false);
    }

    @Transactional(readOnly = true)
    public List<Views.Term> termsOf(CurrentUser admin) {
        requireAdmin(admin);
        return store.terms(admin.organisationId().value());
    }

    @Transactional
    public UUID addTerm(CurrentUser admin, String name, String startsOn, String endsOn, String opensOn, String opensAt) {
        requireAdmin(admin);
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
        UUID id = store.insertTerm(admin.organisationId().value(), name.trim(), starts, ends,
                LocalDateTime.of(opens, at).atZone(clock.zone()).toInstant());
        audited(admin, null, AuditAction.CREATE, "college term", id);
        return id;
    }

    @Transactional
    public UUID saveCourse(CurrentUser admin, UUID id, CourseForm f) {
        requireAdmin(admin);
        Validation v = new Validation();
        UUID term = null;
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
        if (blankToNull(f.location()) == null && blankToNull(f.onlineLink()) == null) {
            v.add("location", "Enter a place, or an online link");
        }
        if (blankToNull(f.onlineLink()) != null && !f.onlineLink().trim().matches("https://\\S+")) {
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
            capacity = Integer.parseInt(nz(f.capacity()).trim());
            if (capacity < 1 || capacity > 500) {
                v.add("capacity", "Enter a number of places from 1 to 500");
            }
        } catch (NumberFormatException e) {
            v.add("capacity", "Enter the number of places as a whole number, like 12");
        }
        int num = 2;
        int den = 3;
        String completion = nz(f.completion()).trim();
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
            existing = places.lock(id).filter(c -> c.facts().organisationId().equals(admin.organisationId().value()))
                    .orElseThrow(() -> new NotFoundException("Course"));
            int enrolled = existing.facts().enrolled();
            if (capacity > 0 && capacity < enrolled) {
                v.add("capacity", "There are already " + enrolled + " students enrolled: the places cannot be fewer than that");
            }
        }
        v.throwIfInvalid();
        CollegeStore.CourseRow row = new CollegeStore.CourseRow(term, f.title().trim(), f.description().trim(), nz(f.outcomes()).trim(),
                chime, topics, f.level(), blankToNull(f.location()), blankToNull(f.onlineLink()), nz(f.accessibility()).trim(), capacity,
                nz(f.coDesignedBy()).trim(), num, den);
        if (id == null) {
            UUID created = store.insertCourse(admin.organisationId().value(), row);
            audited(admin, null, AuditAction.CREATE, "college course", created);
            return created;
        }
        long version;
        try {
            version = Long.parseLong(nz(f.version()));
        } catch (NumberFormatException e) {
            throw new InvalidInputException("version", "Reload the page and try again");
        }
        if (!store.updateCourse(id, version, row)) {
            throw new ConflictException("version", "Someone else changed this course while you were editing. Reload it to see their changes.");
        }
        offerFreePlaces(existing, existing.facts().withCapacity(capacity), clock.now());
        audited(admin, null, AuditAction.UPDATE, "college course", id);
        return id;
    }

    @Transactional
    public void addSession(CurrentUser admin, UUID courseId, String date, String start, String end) {
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
        audited(admin, null, AuditAction.CREATE, "college session", session);
    }

    /**
     * Removes a session that has not started. One that has started, or has marks on its register,
     * stays: attendance decides completion and certificates. A published course keeps at least one.
     */
    @Transactional
    public void removeSession(CurrentUser admin, UUID courseId, UUID sessionId) {
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
        audited(admin, null, AuditAction.DELETE, "college session", sessionId);
    }

    @Transactional
    public void setFacilitator(CurrentUser admin, UUID courseId, String staffId, String kind, boolean confirmed) {
        Views.Course c = lockedAdminCourse(admin, courseId);
        Validation v = new Validation();
        UUID staff = null;
        try {
            staff = UUID.fromString(nz(staffId));
            if (people.staff(StaffId.of(staff)).filter(s -> s.organisationId().value().equals(c.organisationId())).isEmpty()) {
                v.add("staffId", "Choose a trainer from the list");
            }
        } catch (IllegalArgumentException e) {
            v.add("staffId", "Choose a trainer from the list");
        }
        if (!"PEER".equals(kind) && !"PRACTITIONER".equals(kind)) {
            v.add("kind", "Choose peer trainer or practitioner trainer");
        }
        v.throwIfInvalid();
        UUID changed = staff;
        List<Views.Facilitator> after = new ArrayList<>(c.facilitators().stream().filter(f -> !f.staffId().equals(changed)).toList());
        after.add(new Views.Facilitator(staff, "", kind, confirmed));
        if (c.status() == CourseStatus.PUBLISHED && !coProduced(after)) {
            throw new RuleRefusedException("staffId", "A published course must keep a confirmed peer trainer and a confirmed practitioner trainer.");
        }
        store.putFacilitator(courseId, staff, kind, confirmed);
        audited(admin, null, AuditAction.UPDATE, "college course trainers", courseId);
    }

    @Transactional
    public void removeFacilitator(CurrentUser admin, UUID courseId, UUID staffId) {
        Views.Course c = lockedAdminCourse(admin, courseId);
        if (c.status() == CourseStatus.PUBLISHED && !coProduced(c.facilitators().stream().filter(f -> !f.staffId().equals(staffId)).toList())) {
            throw new RuleRefusedException("staffId", "A published course must keep a confirmed peer trainer and a confirmed practitioner trainer.");
        }
        store.removeFacilitator(courseId, staffId);
        audited(admin, null, AuditAction.UPDATE, "college course trainers", courseId);
    }

    /** Publishing needs co-production: a confirmed peer trainer and a confirmed practitioner trainer; and at least one session. */
    @Transactional
    public void publish(CurrentUser admin, UUID courseId) {
        Views.Course c = lockedAdminCourse(admin, courseId);
        if (!coProduced(c.facilitators())) {
            throw new RuleRefusedException("trainers",
                    "A course can be published only when a peer trainer with lived experience and a practitioner trainer have both confirmed.");
        }
        if (c.sessions().isEmpty()) {
            throw new RuleRefusedException("sessions", "Add at least one session before publishing.");
        }
        store.setStatus(courseId, CourseStatus.PUBLISHED);
        audited(admin, null, AuditAction.UPDATE, "college course published", courseId);
    }

    public static boolean coProduced(List<Views.Facilitator> facilitators) {
        return facilitators.stream().anyMatch(f -> f.confirmed() && "PEER".equals(f.kind()))
                && facilitators.stream().anyMatch(f -> f.confirmed() && "PRACTITIONER".equals(f.kind()));
    }

    @Transactional(readOnly = true)
    public List<StaffView> possibleTrainers(CurrentUser admin) {
        requireAdmin(admin);
        return people.staffOf(admin.organisationId());
    }

    @Transactional(readOnly = true)
    public CollegeStore.FeedbackSummary feedback(CurrentUser admin, UUID courseId) {
        adminCourse(admin, courseId);
        CollegeStore.FeedbackSummary f = store.feedback(courseId);
        // Feedback is anonymous: with fewer than 5 answers, averages and suggestions could point to a student.
        return f.responses() < 5 ? new CollegeStore.FeedbackSummary(f.responses(), null, null, null, 0, List.of()) : f;
    }

    // Tutors

    /** Courses the caller trains on (all of the organisation's for the college administrator). */
    @Transactional(readOnly = true)
    public List<Views.Course> teaching(CurrentUser user) {
        if (user.has(Role.COLLEGE_ADMIN)) {
            return store.search(user.organisationId().value(), null, null, null, null, null, null, null, false);
        }
        if (user.staffId() == null) {
            throw new ForbiddenException("Registers are for the college's trainers.");
        }
        List<Views.Course> out = new ArrayList<>();
        for (UUID id : store.coursesFacilitatedBy(TypedId.uuid(user.staffId()))) {
            store.course(id).ifPresent(out::add);
        }
        return out;
    }

    public record Register(Views.Course course, Views.Session session, List<Views.RegisterLine> lines) {
    }

    @Transactional(readOnly = true)
    public Register register(CurrentUser user, UUID sessionId) {
        Views.Course c = registerCourse(user, sessionId);
        Views.Session s = c.sessions().stream().filter(x -> x.id().equals(sessionId)).findFirst().orElseThrow();
        return new Register(c, s, store.register(c.id(), sessionId));
    }

    /** Marks a session: every enrolled student present, absent or sent apologies. */
    @Transactional
    public void mark(CurrentUser user, UUID sessionId, Map<String, String> marks) {
        Views.Course c = registerCourse(user, sessionId);
        List<Views.RegisterLine> lines = store.register(c.id(), sessionId);
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
                store.mark(sessionId, l.enrolmentId(), m, user.username(), now);
            }
        }
        audited(user, null, AuditAction.UPDATE, "college attendance", sessionId);
    }

    // Helpers

    private UUID termOf(CurrentUser admin, String termId) {
        try {
            UUID id = UUID.fromString(termId.trim());
            return store.terms(admin.organisationId().value()).stream().anyMatch(t -> t.id().equals(id)) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A course of the administrator's own organisation, draft or published (404 otherwise). */
    @Transactional(readOnly = true)
    public Views.Course adminView(CurrentUser admin, UUID courseId) {
        return adminCourse(admin, courseId);
    }

    Views.Course adminCourse(CurrentUser admin, UUID courseId) {
        requireAdmin(admin);
        return store.course(courseId).filter(c -> c.organisationId().equals(admin.organisationId().value()))
                .orElseThrow(() -> new NotFoundException("Course"));
    }

    /**
     * Gives the places that are free on a course, as it is now ({@code facts}), to the first on its
     * waiting list, in order, while the course runs ({@link EnrolmentPolicy#placesToOffer}); each is told.
     * Call with the course row locked.
     */
    void offerFreePlaces(EnrolmentStore.LockedCourse course, EnrolmentPolicy.CourseFacts facts, Instant now) {
        int offered = EnrolmentPolicy.placesToOffer(facts, now, clock.today());
        for (UUID student : places.promote(course.id(), offered, now)) {
            store.notify(student, "WAITLIST_MOVE", "You have a place on " + course.title(), "Good news: a place came up on "
                    + course.title() + ", and it is yours. You were first on the waiting list.", now);
        }
    }

    /**
     * The course, read after locking its row until the transaction ends: changes to its trainers,
     * sessions and status then happen one at a time, so two administrators cannot together leave a
     * published course without co-production or without a session.
     */
    private Views.Course lockedAdminCourse(CurrentUser admin, UUID courseId) {
        requireAdmin(admin);
        places.lock(courseId).orElseThrow(() -> new NotFoundException("Course"));
        return adminCourse(admin, courseId);
    }

    private Views.Course registerCourse(CurrentUser user, UUID sessionId) {
        UUID courseId = store.courseOfSession(sessionId).orElseThrow(() -> new NotFoundException("Session"));
        Views.Course c = store.course(courseId).orElseThrow(() -> new NotFoundException("Session"));
        if (!isAdminOf(user, c) && !isTrainerOf(user, c)) {
            throw new NotFoundException("Session");
        }
        return c;
    }

    private void notifyEnrolled(UUID courseId, String kind, String subject, String body) {
        Instant now = clock.now();
        for (UUID student : places.enrolledStudents(courseId)) {
            store.notify(student, kind, subject, body, now);
        }
    }

    static boolean isAdminOf(CurrentUser user, Views.Course c) {
        return user.has(Role.COLLEGE_ADMIN) && c.organisationId().equals(user.organisationId().value());
    }

    static boolean isTrainerOf(CurrentUser user, Views.Course c) {
        return user.staffId() != null && c.facilitators().stream().anyMatch(f -> f.confirmed() && f.staffId().equals(user.staffId().value()));
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.COLLEGE_ADMIN)) {
            throw new ForbiddenException("This is for the college administrator.");
        }
    }

    void audited(CurrentUser user, UUID personId, AuditAction action, String what, UUID id) {
        audit.record(new AuditEvent(user.username(), user.primaryRole().name(), user.organisationId(), PersonId.of(personId), action, what,
                id == null ? null : id.toString(), false));
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

    private static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Choose from the list.");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void line(StringBuilder ics, String content) {
        // Fold lines longer than 75 octets (RFC 5545, 3.1).
        byte[] bytes = content.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (bytes.length <= 75) {
            ics.append(content).append("\r\n");
            return;
        }
        StringBuilder part = new StringBuilder();
        int size = 0;
        boolean first = true;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (size + len > (first ? 75 : 74)) {
                ics.append(first ? "" : " ").append(part).append("\r\n");
                part.setLength(0);
                size = 0;
                first = false;
            }
            part.appendCodePoint(cp);
            size += len;
            i += Character.charCount(cp);
        }
        ics.append(first ? "" : " ").append(part).append("\r\n");
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }
}
