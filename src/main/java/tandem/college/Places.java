package tandem.college;

import java.util.Map;
import java.util.UUID;

import tandem.identity.CurrentUser;

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
     * Enrols the caller (or, for the college administrator, any person of the organisation, who
     * becomes a student if they were not one), as {@link EnrolmentPolicy} decides. The course row is
     * locked for the whole transaction, so two requests, on one node or two, never take the last
     * place twice.
     */
    Result enrol(CurrentUser user, UUID courseId, UUID personId);

    /** Withdraws the caller; a place they leave goes to the first on the waiting list in the same transaction, while the course runs. */
    void withdraw(CurrentUser user, UUID courseId);

    /** The student's anonymous feedback on a course they have a place on, once it has started; once only. */
    void giveFeedback(CurrentUser user, UUID enrolmentId, Map<String, String> answers);

    /** A certificate of attendance: the student's name, the course, the term and the sessions attended; nothing clinical. */
    Certificate certificate(CurrentUser user, UUID enrolmentId);
}
