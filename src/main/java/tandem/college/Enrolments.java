package tandem.college;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.college.internal.CertificatePdf;
import tandem.college.internal.CollegeStore;
import tandem.college.internal.EnrolmentStore;
import tandem.identity.CurrentUser;
import tandem.identity.Accounts;
import tandem.identity.NewAccount;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.shared.FieldProblem;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.RuleRefusedException;
import tandem.shared.error.Validation;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TypedId;

/**
 * Students and their places: self-referral, joining as a signed-in user (linking one's Tandem
 * record only with agreement), enrolment that never overbooks, the first-come waitlist,
 * withdrawing (the first on the waitlist moves up in the same transaction), the learning plan,
 * feedback and certificates, and the college dashboard.
 */
@Service
public class Enrolments {

    public static final List<String> CONTACT = List.of("EMAIL", "PHONE", "POST", "NONE");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    /** What a student tells the college about themselves (no diagnosis is ever asked). */
    public record StudentForm(String givenName, String familyName, String email, String phone, String contactBy, String accessNeeds,
            boolean usesServices, boolean supportsSomeone, boolean worksInServices) {
    }

    public record Result(EnrolmentStatus status, Integer position) {
    }

    public record MyLearning(Views.Student student, List<Views.Enrolment> enrolments, List<Views.PlanNote> notes,
            List<Views.Notification> notifications, String tutorName) {
    }

    private final CollegeStore store;
    private final EnrolmentStore places;
    private final CollegeApi college;
    private final Accounts accounts;
    private final PeopleApi people;
    private final TandemClock clock;
    private final tandem.audit.AuditLog audit;

    Enrolments(CollegeStore store, EnrolmentStore places, CollegeApi college, Accounts accounts, PeopleApi people, TandemClock clock,
            tandem.audit.AuditLog audit) {
        this.audit = audit;
        this.store = store;
        this.places = places;
        this.college = college;
        this.accounts = accounts;
        this.people = people;
        this.clock = clock;
    }

    // Becoming a student

    /** Self-referral without an account: a student record and a student account. */
    @Transactional
    public UUID register(StudentForm f, String username, String password) {
        Validation v = check(f);
        List<FieldProblem> account = accounts.checkNewAccount(username, password == null ? "" : password, false);
        account.forEach(p -> v.add(p.field(), p.message()));
        v.throwIfInvalid();
        UUID org = collegeOrganisation();
        UUID accountId = TypedId.uuid(accounts.createAccount(new NewAccount(username.trim(), password, Set.of(Role.STUDENT), OrganisationId.of(org), null, null)));
        UUID id = store.insertStudent(student(f, org, accountId, null));
        audit.record(new tandem.audit.AuditEvent(username.trim(), Role.STUDENT.name(), OrganisationId.of(org), null, AuditAction.CREATE, "college student (self-referral)",
                id.toString(), false));
        return id;
    }

    /**
     * A signed-in user becomes a student; their Tandem record is linked only when they agree.
     * {@code link} is their answer, null when they gave none: a user with a Tandem record must answer.
     */
    @Transactional
    public UUID join(CurrentUser user, StudentForm f, Boolean link) {
        if (store.studentByAccount(user.accountId().value()).isPresent()) {
            throw new ConflictException("student", "You are already a student of the college.");
        }
        Validation v = check(f);
        if (link == null && user.personId() != null) {
            v.add("linkRecord", "Choose whether to link your college learning to your Tandem record");
        }
        boolean linkRecord = Boolean.TRUE.equals(link);
        if (linkRecord && user.personId() == null) {
            v.add("linkRecord", "There is no Tandem record to link to this account");
        }
        if (linkRecord && store.studentByPerson(TypedId.uuid(user.personId())).isPresent()) {
            v.add("linkRecord", "Your Tandem record is already linked to a student; ask the college to join the two");
        }
        v.throwIfInvalid();
        UUID id;
        try {
            id = store.insertStudent(student(f, user.organisationId().value(), user.accountId().value(), linkRecord ? TypedId.uuid(user.personId()) : null));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // the same form sent twice at once: the other one made them a student
            throw new ConflictException("student", "You are already a student of the college.");
        }
        college.audited(user, linkRecord ? TypedId.uuid(user.personId()) : null, AuditAction.CREATE, "college student", id);
        return id;
    }

    public Optional<Views.Student> studentOf(CurrentUser user) {
        return store.studentByAccount(user.accountId().value());
    }

    /** Prefills the join form from the signed-in user's own record. */
    public StudentForm joinForm(CurrentUser user) {
        if (user.personId() != null) {
            Optional<PersonView> p = people.person(user.personId());
            if (p.isPresent()) {
                PersonView x = p.get();
                return new StudentForm(x.preferredName() != null ? x.preferredName() : x.givenName(), x.familyName(), CollegeApi.nz(x.email()),
                        CollegeApi.nz(x.phone()), x.contactByEmail() ? "EMAIL" : x.contactByPhone() ? "PHONE" : x.contactByPost() ? "POST" : "NONE",
                        "", false, false, false); // which groups they belong to is theirs to say

            }
        }
        if (user.staffId() != null) {
            var s = people.staff(user.staffId());
            if (s.isPresent()) {
                return new StudentForm(s.get().givenName(), s.get().familyName(), CollegeApi.nz(s.get().email()), "", "EMAIL", "", false, false, true);
            }
        }
        return new StudentForm("", "", "", "", "EMAIL", "", false, false, false);
    }

    // Places

    /**
     * Enrols the caller (or, for the college administrator, any person of the organisation, who
     * becomes a student if they were not one), as {@link EnrolmentPolicy} decides. The course row is
     * locked for the whole transaction, so two requests, on one node or two, never take the last
     * place twice.
     */
    @Transactional
    public Result enrol(CurrentUser user, UUID courseId, UUID personId) {
        Views.Student student = personId == null ? requireStudent(user) : store.studentForPerson(personFor(user, personId));
        EnrolmentStore.LockedCourse course = places.lock(courseId).orElseThrow(() -> new NotFoundException("Course"));
        Optional<EnrolmentStatus> live = places.liveEnrolment(courseId, student.id()).map(EnrolmentStore.Live::status);
        Instant now = clock.now();
        EnrolmentPolicy.Decision decision = EnrolmentPolicy.enrol(course.facts(), student.organisationId(), live, now, clock.today());
        if (decision instanceof EnrolmentPolicy.Refused r) {
            throw refusal(user, course, r.reason());
        }
        Result result;
        if (decision instanceof EnrolmentPolicy.Waitlisted w) {
            places.insert(courseId, student.id(), EnrolmentStatus.WAITLISTED, now);
            store.notify(student.id(), EnrolmentStatus.WAITLISTED.name(), "You are on the waiting list for " + course.title(),
                    "The course is full. You are number " + w.position() + " on the waiting list; if a place comes up, it is offered in order.",
                    now);
            result = new Result(EnrolmentStatus.WAITLISTED, w.position());
        } else {
            places.insert(courseId, student.id(), EnrolmentStatus.ENROLLED, now);
            store.notify(student.id(), EnrolmentStatus.ENROLLED.name(), "You are enrolled on " + course.title(),
                    "You have a place on " + course.title() + ". The course page lists the sessions and how to get there.", now);
            result = new Result(EnrolmentStatus.ENROLLED, null);
        }
        college.audited(user, student.personId(), AuditAction.CREATE, "college enrolment", courseId);
        return result;
    }

    /** What the caller is told when a request changes nothing; students never learn that another organisation's or an unpublished course exists. */
    private RuntimeException refusal(CurrentUser user, EnrolmentStore.LockedCourse course, EnrolmentPolicy.Reason reason) {
        return switch (reason) {
            case OTHER_ORGANISATION -> new NotFoundException("Course");
            case NOT_PUBLISHED -> user.has(Role.COLLEGE_ADMIN) && course.facts().organisationId().equals(user.organisationId().value())
                    ? new RuleRefusedException("course", "This course is not published, so it is not taking students yet.")
                    : new NotFoundException("Course");
            case FINISHED -> new RuleRefusedException("course", "This course has finished, so it is no longer taking students.");
            case NOT_OPEN_YET -> new RuleRefusedException("course", "Enrolment for " + course.termName() + " opens on "
                    + WHEN.format(course.facts().enrolmentOpensAt().atZone(clock.zone())) + ".");
            case ALREADY_ENROLLED -> new ConflictException("course", "You are already enrolled on this course.");
            case ALREADY_WAITING -> new ConflictException("course", "You are already on the waiting list for this course.");
        };
    }

    /** Withdraws the caller; a place they leave goes to the first on the waiting list in the same transaction, while the course runs. */
    @Transactional
    public void withdraw(CurrentUser user, UUID courseId) {
        Views.Student student = requireStudent(user);
        EnrolmentStore.LockedCourse course = places.lock(courseId).orElseThrow(() -> new NotFoundException("Course"));
        EnrolmentStore.Live live = places.liveEnrolment(courseId, student.id()).orElseThrow(() -> new NotFoundException("Enrolment"));
        Instant now = clock.now();
        places.withdraw(live, courseId, now);
        college.offerFreePlaces(course, course.facts().without(live.status()), now);
        college.audited(user, student.personId(), AuditAction.DELETE, "college enrolment", courseId);
    }

    @Transactional(readOnly = true)
    public MyLearning myLearning(CurrentUser user) {
        Views.Student s = store.studentByAccount(user.accountId().value()).orElse(null);
        if (s == null) {
            return new MyLearning(null, List.of(), List.of(), List.of(), null);
        }
        String tutor = s.tutorStaffId() == null ? null : people.staff(StaffId.of(s.tutorStaffId())).map(x -> x.displayName()).orElse(null);
        return new MyLearning(s, store.enrolmentsOf(s.id()), store.notes(s.id()), store.notifications(s.id()), tutor);
    }

    @Transactional
    public void setGoals(CurrentUser user, String goals) {
        Views.Student s = requireStudent(user);
        Validation v = new Validation();
        v.maxLength("goals", goals, "your learning goals", 4000);
        v.throwIfInvalid();
        store.setGoals(s.id(), goals == null ? "" : goals.trim());
        college.audited(user, s.personId(), AuditAction.UPDATE, "college learning plan", s.id());
    }

    // The administrator's view of students

    @Transactional(readOnly = true)
    public List<Views.Student> students(CurrentUser admin) {
        CollegeApi.requireAdmin(admin);
        return store.students(admin.organisationId().value());
    }

    @Transactional(readOnly = true)
    public MyLearning studentRecord(CurrentUser user, UUID studentId) {
        Views.Student s = staffStudent(user, studentId);
        String tutor = s.tutorStaffId() == null ? null : people.staff(StaffId.of(s.tutorStaffId())).map(x -> x.displayName()).orElse(null);
        return new MyLearning(s, store.enrolmentsOf(s.id()), store.notes(s.id()), store.notifications(s.id()), tutor);
    }

    @Transactional
    public void setTutor(CurrentUser admin, UUID studentId, String staffId) {
        CollegeApi.requireAdmin(admin);
        Views.Student s = staffStudent(admin, studentId);
        UUID staff = null;
        if (staffId != null && !staffId.isBlank()) {
            try {
                staff = UUID.fromString(staffId);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("tutorId", "Choose a tutor from the list");
            }
            if (people.staff(StaffId.of(staff)).filter(x -> x.organisationId().equals(admin.organisationId())).isEmpty()) {
                throw new InvalidInputException("tutorId", "Choose a tutor from the list");
            }
        }
        store.setTutor(s.id(), staff);
        college.audited(admin, s.personId(), AuditAction.UPDATE, "college personal tutor", s.id());
    }

    /** A dated review note on the learning plan, by the college administrator or the student's personal tutor. */
    @Transactional
    public void addNote(CurrentUser user, UUID studentId, String note) {
        Views.Student s = staffStudent(user, studentId);
        Validation v = new Validation();
        v.required("note", note, "a note", 4000);
        v.throwIfInvalid();
        store.addNote(s.id(), note.trim(), user.displayName(), clock.now());
        college.audited(user, s.personId(), AuditAction.CREATE, "college review note", s.id());
    }

    // Feedback and certificates

    @Transactional
    public void giveFeedback(CurrentUser user, UUID enrolmentId, Map<String, String> answers) {
        Views.Student s = requireStudent(user);
        Views.Enrolment e = store.enrolmentsOf(s.id()).stream().filter(x -> x.id().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Enrolment"));
        if (e.status() != EnrolmentStatus.ENROLLED || e.firstSession() == null || e.firstSession().isAfter(clock.now())) {
            throw new RuleRefusedException("enrolment", "Feedback opens once the course has started.");
        }
        Validation v = new Validation();
        int enjoyed = scale(v, answers, "enjoyed", "how much you enjoyed the course");
        int useful = scale(v, answers, "useful", "whether you learned something you can use");
        int respected = scale(v, answers, "respected", "whether you felt welcome and respected");
        String rec = answers.get("recommend");
        if (!"yes".equals(rec) && !"no".equals(rec)) {
            v.add("recommend", "Choose whether you would recommend the course");
        }
        v.maxLength("better", answers.get("better"), "your suggestion", 2000);
        v.throwIfInvalid();
        if (!store.insertFeedback(enrolmentId, enjoyed, useful, respected, "yes".equals(rec), CollegeApi.nz(answers.get("better")).trim(),
                clock.now())) {
            throw new ConflictException("enrolment", "You have already given feedback on this course. Thank you.");
        }
        college.audited(user, s.personId(), AuditAction.CREATE, "college course feedback", enrolmentId);
    }

    public record Certificate(String fileName, byte[] pdf) {
    }

    /** A certificate of attendance: the student's name, the course, the term and the sessions attended; nothing clinical. */
    @Transactional(readOnly = true)
    public Certificate certificate(CurrentUser user, UUID enrolmentId) {
        CollegeStore.EnrolmentOwner owner = store.enrolment(enrolmentId).orElseThrow(() -> new NotFoundException("Enrolment"));
        Views.Student s = store.student(owner.studentId()).orElseThrow(() -> new NotFoundException("Enrolment"));
        boolean own = s.accountId() != null && s.accountId().equals(user.accountId().value());
        boolean admin = user.has(Role.COLLEGE_ADMIN) && s.organisationId().equals(user.organisationId().value());
        if (!own && !admin) {
            throw new NotFoundException("Enrolment");
        }
        Views.Enrolment e = store.enrolmentsOf(s.id()).stream().filter(x -> x.id().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Enrolment"));
        Views.Course c = store.course(e.courseId()).orElseThrow();
        if (!e.completed()) {
            throw new RuleRefusedException("enrolment", "The certificate is ready once you have attended at least "
                    + c.completionNumerator() + " in every " + c.completionDenominator() + " sessions (so far " + e.present() + " of "
                    + e.sessions() + ").");
        }
        byte[] pdf = CertificatePdf.render(s.name(), c.title(), c.term().name(), e.present(), e.sessions(), clock.today(),
                c.facilitators().stream().filter(Views.Facilitator::confirmed).map(Views.Facilitator::name).toList());
        return new Certificate("certificate-" + c.title().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + ".pdf", pdf);
    }

    // The college dashboard

    public record CourseLine(UUID id, String title, CourseStatus status, int capacity, int enrolled, int waitlisted, int withdrawn, int sessions,
            int marks, int present, int completed) {

        public Integer attendancePercent() {
            return marks == 0 ? null : Math.round(present * 100f / marks);
        }
    }

    public record Dashboard(Views.Term term, int students, int usingServices, int supporters, int staff, int noneSaid,
            List<CourseLine> courses) {

        public int enrolled() {
            return courses.stream().mapToInt(CourseLine::enrolled).sum();
        }

        public int waitlisted() {
            return courses.stream().mapToInt(CourseLine::waitlisted).sum();
        }

        public int completed() {
            return courses.stream().mapToInt(CourseLine::completed).sum();
        }

        public Integer attendancePercent() {
            int marks = courses.stream().mapToInt(CourseLine::marks).sum();
            return marks == 0 ? null : Math.round(courses.stream().mapToInt(CourseLine::present).sum() * 100f / marks);
        }
    }

    @Transactional(readOnly = true)
    public Dashboard dashboard(CurrentUser admin, String termId) {
        CollegeApi.requireAdmin(admin);
        Views.Term term;
        if (termId == null || termId.isBlank()) {
            term = college.currentTerm(admin.organisationId().value()).orElse(null);
        } else {
            try {
                UUID id = UUID.fromString(termId);
                term = store.terms(admin.organisationId().value()).stream().filter(t -> t.id().equals(id)).findFirst()
                        .orElseThrow(() -> new NotFoundException("Term"));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("term", "Choose a term from the list");
            }
        }
        if (term == null) {
            return new Dashboard(null, 0, 0, 0, 0, 0, List.of());
        }
        int[] mix = store.studentMix(term.id());
        return new Dashboard(term, mix[0], mix[1], mix[2], mix[3], mix[4], store.courseLines(term.id()));
    }

    public String dashboardCsv(Dashboard d) {
        StringBuilder b = new StringBuilder("course,status,places,enrolled,waitlisted,withdrawn,sessions,attendance_percent,completed\r\n");
        for (CourseLine l : d.courses()) {
            b.append('"').append(csvText(l.title())).append("\",").append(l.status()).append(',').append(l.capacity())
                    .append(',').append(l.enrolled()).append(',').append(l.waitlisted()).append(',').append(l.withdrawn()).append(',')
                    .append(l.sessions()).append(',').append(l.attendancePercent() == null ? "" : l.attendancePercent()).append(',')
                    .append(l.completed()).append("\r\n");
        }
        b.append("\"All students this term\",,,").append(d.students()).append(",,,,,\r\n");
        b.append("\"Students who use services\",,,").append(d.usingServices()).append(",,,,,\r\n");
        b.append("\"Students who support someone\",,,").append(d.supporters()).append(",,,,,\r\n");
        b.append("\"Students who work in services\",,,").append(d.staff()).append(",,,,,\r\n");
        return b.toString();
    }

    /** A text cell that a spreadsheet will not read as a formula. */
    private static String csvText(String s) {
        String t = s.replace("\"", "\"\"");
        return !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0 ? "'" + t : t;
    }

    // The contract's course list

    public record ApiCourse(UUID id, String title, int capacity, int enrolled, int waitlisted, List<ApiFacilitator> facilitators) {
    }

    public record ApiFacilitator(UUID staffId, String kind) {
    }

    @Transactional(readOnly = true)
    public List<ApiCourse> apiCourses(String term) {
        List<ApiCourse> out = new ArrayList<>();
        for (Views.Course c : college.prospectus(new CollegeApi.Search(term, null, null, null, null, null, null))) {
            out.add(new ApiCourse(c.id(), c.title(), c.capacity(), c.enrolled(), c.waitlisted(),
                    c.facilitators().stream().filter(Views.Facilitator::confirmed).map(f -> new ApiFacilitator(f.staffId(), f.kind())).toList()));
        }
        return out;
    }

    // Helpers

    private Views.Student requireStudent(CurrentUser user) {
        return store.studentByAccount(user.accountId().value()).orElseThrow(() -> new RuleRefusedException("student",
                "Join the college as a student first: it takes a minute, at /college/join."));
    }

    /** A person of the administrator's organisation, as the student record they get unless they have one. */
    private Views.Student personFor(CurrentUser admin, UUID personId) {
        if (!admin.has(Role.COLLEGE_ADMIN)) {
            throw new ForbiddenException("Only the college administrator enrols someone else.");
        }
        PersonView p = people.person(PersonId.of(personId)).filter(x -> x.organisationId().equals(admin.organisationId()))
                .orElseThrow(() -> new NotFoundException("Person"));
        String contact = p.contactByEmail() && p.email() != null ? "EMAIL" : p.contactByPhone() && p.phone() != null ? "PHONE"
                : p.contactByPost() ? "POST" : "NONE";
        UUID account = TypedId.uuid(accounts.byPerson(PersonId.of(personId)).map(a -> a.id()).orElse(null));
        return new Views.Student(null, p.organisationId().value(), account, personId, p.preferredName() != null ? p.preferredName() : p.givenName(),
                p.familyName(), p.email(), p.phone(), contact, "", false, false, false, "", null);
    }

    private Views.Student staffStudent(CurrentUser user, UUID studentId) {
        Views.Student s = store.student(studentId).filter(x -> x.organisationId().equals(user.organisationId().value()))
                .orElseThrow(() -> new NotFoundException("Student"));
        boolean admin = user.has(Role.COLLEGE_ADMIN);
        boolean tutor = user.staffId() != null && user.staffId().value().equals(s.tutorStaffId());
        if (!admin && !tutor) {
            throw new NotFoundException("Student");
        }
        return s;
    }

    private UUID collegeOrganisation() {
        return store.collegeOrganisation().orElseThrow(() -> new RuleRefusedException("college",
                "The college is not taking registrations yet."));
    }

    private static Validation check(StudentForm f) {
        Validation v = new Validation();
        v.required("givenName", f.givenName(), "your first name", 100);
        v.required("familyName", f.familyName(), "your last name", 100);
        if (f.contactBy() == null || !CONTACT.contains(f.contactBy())) {
            v.add("contactBy", "Choose how you would like us to contact you");
        }
        if ("EMAIL".equals(f.contactBy()) && (f.email() == null || f.email().isBlank())) {
            v.add("email", "Enter your e-mail address, or choose another way to be contacted");
        }
        if (f.email() != null && !f.email().isBlank()) {
            v.email("email", f.email());
        }
        if ("PHONE".equals(f.contactBy()) && (f.phone() == null || f.phone().isBlank())) {
            v.add("phone", "Enter your phone number, or choose another way to be contacted");
        }
        v.maxLength("phone", f.phone(), "your phone number", 40);
        v.maxLength("accessNeeds", f.accessNeeds(), "your access needs", 2000);
        return v;
    }

    private static Views.Student student(StudentForm f, UUID org, UUID account, UUID person) {
        return new Views.Student(null, org, account, person, f.givenName().trim(), f.familyName().trim(), CollegeApi.blankToNull(f.email()),
                CollegeApi.blankToNull(f.phone()), f.contactBy(), CollegeApi.nz(f.accessNeeds()).trim(), f.usesServices(), f.supportsSomeone(),
                f.worksInServices(), "", null);
    }

    private static int scale(Validation v, Map<String, String> answers, String field, String label) {
        String a = answers.get(field);
        if (a != null && a.matches("[1-5]")) {
            return Integer.parseInt(a);
        }
        v.add(field, "Choose an answer about " + label);
        return 0;
    }
}
