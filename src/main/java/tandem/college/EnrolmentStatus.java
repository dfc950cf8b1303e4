package tandem.college;

/** A student's enrolment on a course, as stored: a place, a place on the waiting list, or withdrawn. */
public enum EnrolmentStatus {
    ENROLLED, WAITLISTED, WITHDRAWN
}
