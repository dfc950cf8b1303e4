package tandem.college;

/** A course's lifecycle: drafted by the college administrator, published to take students, or cancelled. */
public enum CourseStatus {
    DRAFT, PUBLISHED, CANCELLED
}
