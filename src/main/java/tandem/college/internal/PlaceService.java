package tandem.college.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.college.CourseId;
import tandem.college.EnrolmentId;
import tandem.college.EnrolmentPolicy;
import tandem.college.EnrolmentStatus;
import tandem.college.Places;
import tandem.college.Views;
import tandem.identity.Accounts;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.RuleRefusedException;
import tandem.shared.error.Validation;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.PersonId;

/** Places on courses, feedback and certificates. */
@Service
class PlaceService implements Places {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK);

    private final CollegeStore store;
    private final StudentStore studentStore;
    private final EnrolmentStore places;
    private final WaitingList waitingList;
    private final Accounts accounts;
    private final PeopleApi people;
    private final CollegeAudit audits;
    private final TandemClock clock;

    PlaceService(CollegeStore store, StudentStore studentStore, EnrolmentStore places, WaitingList waitingList, Accounts accounts, PeopleApi people, CollegeAudit audits,
            TandemClock clock) {
        this.store = store;
        this.studentStore = studentStore;
        this.places = places;
        this.waitingList = waitingList;
        this.accounts = accounts;
        this.people = people;
        this.audits = audits;
        this.clock = clock;
    }

    /**
     * Enrols the caller (or, for the college administrator, any person of the organisation, who
     * becomes a student if they were not one), as {@link EnrolmentPolicy} decides. The course row is
     * locked for the whole transaction, so two requests, on one node or two, never take the last
     * place twice.
     */
    @Transactional
    @Override
    public Result enrol(CurrentUser user, CourseId courseId, PersonId personId) {
        Views.Student student = personId == null ? CollegeAccess.requireStudent(studentStore, user) : studentStore.studentForPerson(personFor(user, personId));
        EnrolmentStore.LockedCourse course = places.lock(courseId, student.id()).orElseThrow(() -> new NotFoundException("Course"));
        Optional<EnrolmentStatus> live = course.live().map(EnrolmentStore.Live::status);
        Instant now = clock.now();
        EnrolmentPolicy.Decision decision = EnrolmentPolicy.enrol(course.facts(), student.organisationId(), live, now, clock.today());
        if (decision instanceof EnrolmentPolicy.Refused r) {
            throw refusal(user, course, r.reason());
        }
        Result result;
        if (decision instanceof EnrolmentPolicy.Waitlisted w) {
            places.place(courseId, student.id(), EnrolmentStatus.WAITLISTED, now, "You are on the waiting list for " + course.title(),
                    "The course is full. You are number " + w.position() + " on the waiting list; if a place comes up, it is offered in order.");
            result = new Result(EnrolmentStatus.WAITLISTED, w.position());
        } else {
            places.place(courseId, student.id(), EnrolmentStatus.ENROLLED, now, "You are enrolled on " + course.title(),
                    "You have a place on " + course.title() + ". The course page lists the sessions and how to get there.");
            result = new Result(EnrolmentStatus.ENROLLED, null);
        }
        audits.audited(user, student.personId(), AuditAction.CREATE, "college enrolment", courseId);
        return result;
    }

    /** Withdraws the caller; a place they leave goes to the first on the waiting list in the same transaction, while the course runs. */
    @Transactional
    @Override
    public void withdraw(CurrentUser user, CourseId courseId) {
        Views.Student student = CollegeAccess.requireStudent(studentStore, user);
        EnrolmentStore.LockedCourse course = places.lock(courseId, student.id()).orElseThrow(() -> new NotFoundException("Course"));
        EnrolmentStore.Live live = course.live().orElseThrow(() -> new NotFoundException("Enrolment"));
        Instant now = clock.now();
        places.withdraw(live, courseId, now);
        waitingList.offerFreePlaces(course, course.facts().without(live.status()), now);
        audits.audited(user, student.personId(), AuditAction.DELETE, "college enrolment", courseId);
    }

    @Transactional
    @Override
    public void giveFeedback(CurrentUser user, EnrolmentId enrolmentId, Places.Feedback answers) {
        Views.Student s = CollegeAccess.requireStudent(studentStore, user);
        Views.Enrolment e = store.enrolmentsOf(s.id()).stream().filter(x -> x.id().equals(enrolmentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Enrolment"));
        if (e.status() != EnrolmentStatus.ENROLLED || e.firstSession() == null || e.firstSession().isAfter(clock.now())) {
            throw new RuleRefusedException("enrolment", "Feedback opens once the course has started.");
        }
        Validation v = new Validation();
        int enjoyed = scale(v, answers.enjoyed(), "enjoyed", "how much you enjoyed the course");
        int useful = scale(v, answers.useful(), "useful", "whether you learned something you can use");
        int respected = scale(v, answers.respected(), "respected", "whether you felt welcome and respected");
        String rec = answers.recommend();
        if (!"yes".equals(rec) && !"no".equals(rec)) {
            v.add("recommend", "Choose whether you would recommend the course");
        }
        v.maxLength("better", answers.better(), "your suggestion", 2000);
        v.throwIfInvalid();
        if (!store.insertFeedback(enrolmentId, enjoyed, useful, respected, "yes".equals(rec), CollegeAccess.nz(answers.better()).trim(),
                clock.now())) {
            throw new ConflictException("enrolment", "You have already given feedback on this course. Thank you.");
        }
        audits.audited(user, s.personId(), AuditAction.CREATE, "college course feedback", enrolmentId.value());
    }

    /** A certificate of attendance: the student's name, the course, the term and the sessions attended; nothing clinical. */
    @Transactional(readOnly = true)
    @Override
    public Certificate certificate(CurrentUser user, EnrolmentId enrolmentId) {
        CollegeStore.EnrolmentOwner owner = store.enrolment(enrolmentId).orElseThrow(() -> new NotFoundException("Enrolment"));
        Views.Student s = studentStore.student(owner.studentId()).orElseThrow(() -> new NotFoundException("Enrolment"));
        boolean own = s.accountId() != null && s.accountId().equals(user.accountId());
        boolean admin = user.has(Role.COLLEGE_ADMIN) && s.organisationId().equals(user.organisationId());
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

    /** What the caller is told when a request changes nothing; students never learn that another organisation's or an unpublished course exists. */
    private RuntimeException refusal(CurrentUser user, EnrolmentStore.LockedCourse course, EnrolmentPolicy.Reason reason) {
        return switch (reason) {
            case OTHER_ORGANISATION -> new NotFoundException("Course");
            case NOT_PUBLISHED -> user.has(Role.COLLEGE_ADMIN) && course.facts().organisationId().equals(user.organisationId())
                    ? new RuleRefusedException("course", "This course is not published, so it is not taking students yet.")
                    : new NotFoundException("Course");
            case FINISHED -> new RuleRefusedException("course", "This course has finished, so it is no longer taking students.");
            case NOT_OPEN_YET -> new RuleRefusedException("course", "Enrolment for " + course.termName() + " opens on "
                    + WHEN.format(course.facts().enrolmentOpensAt().atZone(clock.zone())) + ".");
            case ALREADY_ENROLLED -> new ConflictException("course", "You are already enrolled on this course.");
            case ALREADY_WAITING -> new ConflictException("course", "You are already on the waiting list for this course.");
        };
    }

    /** A person of the administrator's organisation, as the student record they get unless they have one. */
    private Views.Student personFor(CurrentUser admin, PersonId personId) {
        if (!admin.has(Role.COLLEGE_ADMIN)) {
            throw new ForbiddenException("Only the college administrator enrols someone else.");
        }
        PersonView p = people.person(personId).filter(x -> x.organisationId().equals(admin.organisationId()))
                .orElseThrow(() -> new NotFoundException("Person"));
        String contact = p.contactByEmail() && p.email() != null ? "EMAIL" : p.contactByPhone() && p.phone() != null ? "PHONE"
                : p.contactByPost() ? "POST" : "NONE";
        AccountId account = accounts.byPerson(personId).map(a -> a.id()).orElse(null);
        return new Views.Student(null, p.organisationId(), account, personId, p.preferredName() != null ? p.preferredName() : p.givenName(),
                p.familyName(), p.email(), p.phone(), contact, "", false, false, false, "", null);
    }

    private static int scale(Validation v, String a, String field, String label) {
        if (a != null && a.matches("[1-5]")) {
            return Integer.parseInt(a);
        }
        v.add(field, "Choose an answer about " + label);
        return 0;
    }
}
