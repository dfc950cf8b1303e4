package tandem.college;

import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.shared.ids.PersonId;

/**
 * Places on courses, as {@link EnrolmentPolicy} decides: enrolling (never overbooked, the waiting
 * list first come first served), withdrawing, feedback once a course has started, certificates.
 */
public interface Places {

    /** What an enrolment came to: a place, or a place on the waiting list at {@code position} (null with a place). */
    record Result(EnrolmentStatus status, Integer position) {
    }

    record Certificate(String fileName, byte[] pdf) {
    }

    /**
     * A student's feedback on a course, as given: three ratings "1" to "5" (enjoyed it, learned something
     * they can use, felt welcome and respected), "yes" or "no" to recommending it, and an optional
     * suggestion of up to 2,000 characters.
     */
    record Feedback(String enjoyed, String useful, String respected, String recommend, String better) {
    }

    /**
     * Enrols the caller (or, for the college administrator, any person of the organisation, who
     * becomes a student if they were not one), as {@link EnrolmentPolicy} decides. The course row is
     * locked for the whole transaction, so two requests, on one node or two, never take the last
     * place twice.
     */
    Result enrol(CurrentUser user, CourseId courseId, PersonId personId);

    /** Withdraws the caller; a place they leave goes to the first on the waiting list in the same transaction, while the course runs. */
    void withdraw(CurrentUser user, CourseId courseId);

    /**
     * The student's anonymous feedback on a course they have a place on, once it has started; once only
     * ({@code ConflictException} the second time). {@code InvalidInputException} names each answer missing
     * or out of range; {@code RuleRefusedException} before the course has started.
     */
    void giveFeedback(CurrentUser user, EnrolmentId enrolmentId, Feedback answers);

    /** A certificate of attendance: the student's name, the course, the term and the sessions attended; nothing clinical. */
    Certificate certificate(CurrentUser user, EnrolmentId enrolmentId);
}
