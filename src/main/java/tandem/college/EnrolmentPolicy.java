package tandem.college;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import tandem.shared.ids.OrganisationId;

/**
 * Who gets a place on a course, as pure functions over what is read under the course's row lock.
 * Enrolling, withdrawing and changing a course's places all ask here, so the rules are written once:
 * <ul>
 * <li>a course is <em>running</em> while it is published, its term has not ended (the last day of the
 * term counts) and its last session has not ended (the instant it ends still counts);</li>
 * <li>never more students enrolled than places;</li>
 * <li>the waiting list is first come, first served: nobody new takes a place while someone waits,
 * and places that come up go to the first on the list, and only while the course runs.</li>
 * </ul>
 */
public final class EnrolmentPolicy {

    private EnrolmentPolicy() {
    }

    /** A course as read under its row lock: its organisation, status, places, and when it opens and finishes. */
    public record CourseFacts(OrganisationId organisationId, CourseStatus status, int capacity, int enrolled, int waiting,
            LocalDate termEnds, Instant enrolmentOpensAt, Instant lastSessionEnds) {

        /** The same course with another number of places. */
        public CourseFacts withCapacity(int places) {
            return new CourseFacts(organisationId, status, places, enrolled, waiting, termEnds, enrolmentOpensAt, lastSessionEnds);
        }

        /** The same course after a student with this status withdrew. */
        public CourseFacts without(EnrolmentStatus withdrawn) {
            return new CourseFacts(organisationId, status, capacity, enrolled - (withdrawn == EnrolmentStatus.ENROLLED ? 1 : 0),
                    waiting - (withdrawn == EnrolmentStatus.WAITLISTED ? 1 : 0), termEnds, enrolmentOpensAt, lastSessionEnds);
        }
    }

    /** What an enrolment request comes to. */
    public sealed interface Decision permits Enrolled, Waitlisted, Refused {
    }

    /** A place on the course. */
    public record Enrolled() implements Decision {
    }

    /** A place on the waiting list, {@code position} counted from 1. */
    public record Waitlisted(int position) implements Decision {
    }

    /** Nothing changes, for this reason. */
    public record Refused(Reason reason) implements Decision {
    }

    /** Why an enrolment request changes nothing, in the order the rules are checked. */
    public enum Reason {
        /** The course belongs to another organisation: to this student it does not exist. */
        OTHER_ORGANISATION,
        /** The course is a draft or cancelled. */
        NOT_PUBLISHED,
        /** The term or the last session has ended. */
        FINISHED,
        /** Enrolment for the term has not opened yet. */
        NOT_OPEN_YET,
        /** The student already has a place. */
        ALREADY_ENROLLED,
        /** The student is already on the waiting list. */
        ALREADY_WAITING
    }

    /** Whether the course has finished: its term ended before {@code today}, or its last session before {@code now}. */
    public static boolean finished(CourseFacts c, Instant now, LocalDate today) {
        return c.termEnds().isBefore(today) || (c.lastSessionEnds() != null && c.lastSessionEnds().isBefore(now));
    }

    /** Whether the course is running: published and not finished. */
    public static boolean running(CourseFacts c, Instant now, LocalDate today) {
        return c.status() == CourseStatus.PUBLISHED && !finished(c, now, today);
    }

    /**
     * A student of {@code studentOrganisation}, whose live enrolment on the course (if any) is
     * {@code live}, asks for a place at {@code now}.
     */
    public static Decision enrol(CourseFacts c, OrganisationId studentOrganisation, Optional<EnrolmentStatus> live, Instant now,
            LocalDate today) {
        if (!c.organisationId().equals(studentOrganisation)) {
            return new Refused(Reason.OTHER_ORGANISATION);
        }
        if (c.status() != CourseStatus.PUBLISHED) {
            return new Refused(Reason.NOT_PUBLISHED);
        }
        if (finished(c, now, today)) {
            return new Refused(Reason.FINISHED);
        }
        if (now.isBefore(c.enrolmentOpensAt())) {
            return new Refused(Reason.NOT_OPEN_YET);
        }
        if (live.isPresent() && live.get() != EnrolmentStatus.WITHDRAWN) {
            return new Refused(live.get() == EnrolmentStatus.ENROLLED ? Reason.ALREADY_ENROLLED : Reason.ALREADY_WAITING);
        }
        if (c.enrolled() < c.capacity() && c.waiting() == 0) {
            return new Enrolled();
        }
        return new Waitlisted(c.waiting() + 1);
    }

    /**
     * How many from the front of the waiting list move up into places now: the free places, as many
     * as are waiting, and none unless the course is running.
     */
    public static int placesToOffer(CourseFacts c, Instant now, LocalDate today) {
        if (!running(c, now, today)) {
            return 0;
        }
        return Math.max(0, Math.min(c.capacity() - c.enrolled(), c.waiting()));
    }
}
