package tandem.college.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.college.StudentId;
import tandem.college.Students;
import tandem.college.Views;
import tandem.identity.Accounts;
import tandem.identity.CurrentUser;
import tandem.identity.NewAccount;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.shared.FieldProblem;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.RuleRefusedException;
import tandem.shared.error.Validation;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TypedId;

/** Students, their learning plans and tutors. */
@Service
class StudentService implements Students {

    private final CollegeStore store;
    private final StudentStore studentStore;
    private final Accounts accounts;
    private final PeopleApi people;
    private final CollegeAudit audits;
    private final AuditLog audit;
    private final TandemClock clock;

    StudentService(CollegeStore store, StudentStore studentStore, Accounts accounts, PeopleApi people, CollegeAudit audits, AuditLog audit, TandemClock clock) {
        this.store = store;
        this.studentStore = studentStore;
        this.accounts = accounts;
        this.people = people;
        this.audits = audits;
        this.audit = audit;
        this.clock = clock;
    }

    /** Self-referral without an account: a student record and a student account. */
    @Transactional
    @Override
    public StudentId register(StudentForm f, String username, String password) {
        Validation v = check(f);
        List<FieldProblem> account = accounts.checkNewAccount(username, password == null ? "" : password, false);
        account.forEach(p -> v.add(p.field(), p.message()));
        v.throwIfInvalid();
        OrganisationId org = collegeOrganisation();
        AccountId accountId = accounts.createAccount(new NewAccount(username.trim(), password, Set.of(Role.STUDENT), org, null, null));
        StudentId id = studentStore.insertStudent(student(f, org, accountId, null));
        audit.record(new tandem.audit.AuditEvent(username.trim(), Role.STUDENT.name(), org, null, AuditAction.CREATE, "college student (self-referral)",
                id.toString(), false));
        return id;
    }

    /**
     * A signed-in user becomes a student; their Tandem record is linked only when they agree.
     * {@code link} is their answer, null when they gave none: a user with a Tandem record must answer.
     */
    @Transactional
    @Override
    public StudentId join(CurrentUser user, StudentForm f, Boolean link) {
        if (studentStore.studentByAccount(user.accountId().value()).isPresent()) {
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
        if (linkRecord && studentStore.studentByPerson(TypedId.uuid(user.personId())).isPresent()) {
            v.add("linkRecord", "Your Tandem record is already linked to a student; ask the college to join the two");
        }
        v.throwIfInvalid();
        StudentId id;
        try {
            id = studentStore.insertStudent(student(f, user.organisationId(), user.accountId(), linkRecord ? user.personId() : null));
        } catch (org.springframework.dao.DuplicateKeyException e) {
            // the same form sent twice at once: the other one made them a student
            throw new ConflictException("student", "You are already a student of the college.");
        }
        audits.audited(user, linkRecord ? user.personId() : null, AuditAction.CREATE, "college student", id);
        return id;
    }

    @Override
    public Optional<Views.Student> studentOf(CurrentUser user) {
        return studentStore.studentByAccount(user.accountId().value());
    }

    /** Prefills the join form from the signed-in user's own record. */
    @Override
    public StudentForm joinForm(CurrentUser user) {
        if (user.personId() != null) {
            Optional<PersonView> p = people.person(user.personId());
            if (p.isPresent()) {
                PersonView x = p.get();
                return new StudentForm(x.preferredName() != null ? x.preferredName() : x.givenName(), x.familyName(), CollegeAccess.nz(x.email()),
                        CollegeAccess.nz(x.phone()), x.contactByEmail() ? "EMAIL" : x.contactByPhone() ? "PHONE" : x.contactByPost() ? "POST" : "NONE",
                        "", false, false, false); // which groups they belong to is theirs to say

            }
        }
        if (user.staffId() != null) {
            var s = people.staff(user.staffId());
            if (s.isPresent()) {
                return new StudentForm(s.get().givenName(), s.get().familyName(), CollegeAccess.nz(s.get().email()), "", "EMAIL", "", false, false, true);
            }
        }
        return new StudentForm("", "", "", "", "EMAIL", "", false, false, false);
    }

    @Transactional(readOnly = true)
    @Override
    public MyLearning myLearning(CurrentUser user) {
        Views.Student s = studentStore.studentByAccount(user.accountId().value()).orElse(null);
        if (s == null) {
            return new MyLearning(null, List.of(), List.of(), List.of(), null);
        }
        String tutor = s.tutorStaffId() == null ? null : people.staff(s.tutorStaffId()).map(x -> x.displayName()).orElse(null);
        return new MyLearning(s, store.enrolmentsOf(s.id()), studentStore.notes(s.id()), store.notifications(s.id()), tutor);
    }

    @Transactional
    @Override
    public void setGoals(CurrentUser user, String goals) {
        Views.Student s = CollegeAccess.requireStudent(studentStore, user);
        Validation v = new Validation();
        v.maxLength("goals", goals, "your learning goals", 4000);
        v.throwIfInvalid();
        studentStore.setGoals(s.id(), goals == null ? "" : goals.trim());
        audits.audited(user, s.personId(), AuditAction.UPDATE, "college learning plan", s.id());
    }

    @Transactional(readOnly = true)
    @Override
    public List<Views.Student> students(CurrentUser admin) {
        CollegeAccess.requireAdmin(admin);
        return studentStore.students(admin.organisationId().value());
    }

    @Transactional(readOnly = true)
    @Override
    public MyLearning studentRecord(CurrentUser user, StudentId studentId) {
        Views.Student s = staffStudent(user, studentId);
        String tutor = s.tutorStaffId() == null ? null : people.staff(s.tutorStaffId()).map(x -> x.displayName()).orElse(null);
        return new MyLearning(s, store.enrolmentsOf(s.id()), studentStore.notes(s.id()), store.notifications(s.id()), tutor);
    }

    @Transactional
    @Override
    public void setTutor(CurrentUser admin, StudentId studentId, String staffId) {
        CollegeAccess.requireAdmin(admin);
        Views.Student s = staffStudent(admin, studentId);
        StaffId staff = null;
        if (staffId != null && !staffId.isBlank()) {
            try {
                staff = StaffId.of(UUID.fromString(staffId));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("tutorId", "Choose a tutor from the list");
            }
            if (people.staff(staff).filter(x -> x.organisationId().equals(admin.organisationId())).isEmpty()) {
                throw new InvalidInputException("tutorId", "Choose a tutor from the list");
            }
        }
        studentStore.setTutor(s.id(), staff);
        audits.audited(admin, s.personId(), AuditAction.UPDATE, "college personal tutor", s.id());
    }

    /** A dated review note on the learning plan, by the college administrator or the student's personal tutor. */
    @Transactional
    @Override
    public void addNote(CurrentUser user, StudentId studentId, String note) {
        Views.Student s = staffStudent(user, studentId);
        Validation v = new Validation();
        v.required("note", note, "a note", 4000);
        v.throwIfInvalid();
        studentStore.addNote(s.id(), note.trim(), user.displayName(), clock.now());
        audits.audited(user, s.personId(), AuditAction.CREATE, "college review note", s.id());
    }

    private Views.Student staffStudent(CurrentUser user, StudentId studentId) {
        Views.Student s = studentStore.student(studentId).filter(x -> x.organisationId().equals(user.organisationId()))
                .orElseThrow(() -> new NotFoundException("Student"));
        boolean admin = user.has(Role.COLLEGE_ADMIN);
        boolean tutor = user.staffId() != null && user.staffId().equals(s.tutorStaffId());
        if (!admin && !tutor) {
            throw new NotFoundException("Student");
        }
        return s;
    }

    private OrganisationId collegeOrganisation() {
        return store.collegeOrganisation().map(OrganisationId::of).orElseThrow(() -> new RuleRefusedException("college",
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

    private static Views.Student student(StudentForm f, OrganisationId org, AccountId account, PersonId person) {
        return new Views.Student(null, org, account, person, f.givenName().trim(), f.familyName().trim(), CollegeAccess.blankToNull(f.email()),
                CollegeAccess.blankToNull(f.phone()), f.contactBy(), CollegeAccess.nz(f.accessNeeds()).trim(), f.usesServices(), f.supportsSomeone(),
                f.worksInServices(), "", null);
    }
}
