package tandem.college;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tandem.identity.CurrentUser;

/**
 * Students of the college: self-referral, joining as a signed-in user (linking one's Tandem record
 * only with agreement), the learning plan, personal tutors and review notes.
 */
public interface Students {

    List<String> CONTACT = List.of("EMAIL", "PHONE", "POST", "NONE");

    /** What a student tells the college about themselves (no diagnosis is ever asked). */
    record StudentForm(String givenName, String familyName, String email, String phone, String contactBy, String accessNeeds,
            boolean usesServices, boolean supportsSomeone, boolean worksInServices) {
    }

    record MyLearning(Views.Student student, List<Views.Enrolment> enrolments, List<Views.PlanNote> notes,
            List<Views.Notification> notifications, String tutorName) {
    }

    /** Self-referral without an account: a student record and a student account. */
    StudentId register(StudentForm f, String username, String password);

    /**
     * A signed-in user becomes a student; their Tandem record is linked only when they agree.
     * {@code link} is their answer, null when they gave none: a user with a Tandem record must answer.
     */
    StudentId join(CurrentUser user, StudentForm f, Boolean link);

    Optional<Views.Student> studentOf(CurrentUser user);

    /** Prefills the join form from the signed-in user's own record. */
    StudentForm joinForm(CurrentUser user);

    MyLearning myLearning(CurrentUser user);

    void setGoals(CurrentUser user, String goals);

    List<Views.Student> students(CurrentUser admin);

    MyLearning studentRecord(CurrentUser user, StudentId studentId);

    void setTutor(CurrentUser admin, StudentId studentId, String staffId);

    /** A dated review note on the learning plan, by the college administrator or the student's personal tutor. */
    void addNote(CurrentUser user, StudentId studentId, String note);
}
