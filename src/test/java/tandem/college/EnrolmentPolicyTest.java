package tandem.college;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static tandem.support.Theories.intLists;
import static tandem.support.Theories.qt;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tandem.college.EnrolmentPolicy.CourseFacts;
import tandem.college.EnrolmentPolicy.Decision;
import tandem.college.EnrolmentPolicy.Enrolled;
import tandem.college.EnrolmentPolicy.Reason;
import tandem.college.EnrolmentPolicy.Refused;
import tandem.college.EnrolmentPolicy.Waitlisted;
import tandem.shared.ids.OrganisationId;

class EnrolmentPolicyTest {

    static final OrganisationId ORG = OrganisationId.of("00000000-0000-0000-0000-00000000000a");
    static final OrganisationId OTHER_ORG = OrganisationId.of("00000000-0000-0000-0000-00000000000b");
    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");
    static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    /** A published course of this organisation, open since yesterday, its last session next week, its term ending next month. */
    static CourseFacts course(int capacity, int enrolled, int waiting) {
        return new CourseFacts(ORG, CourseStatus.PUBLISHED, capacity, enrolled, waiting, TODAY.plusMonths(1), NOW.minus(Duration.ofDays(1)),
                NOW.plus(Duration.ofDays(7)));
    }

    static Decision enrol(CourseFacts c) {
        return EnrolmentPolicy.enrol(c, ORG, Optional.empty(), NOW, TODAY);
    }

    @Test
    void aFreePlaceIsTakenAndAFullCourseWaitlistsInOrder() {
        assertThat(enrol(course(12, 11, 0))).isEqualTo(new Enrolled());
        assertThat(enrol(course(12, 12, 0))).isEqualTo(new Waitlisted(1));
        assertThat(enrol(course(12, 12, 4))).isEqualTo(new Waitlisted(5));
    }

    @Test
    void nobodyNewTakesAFreePlaceWhileSomeoneWaitsForOne() {
        assertThat(enrol(course(12, 10, 1))).isEqualTo(new Waitlisted(2));
    }

    @Test
    void refusesInTheOrderTheRulesAreChecked() {
        CourseFacts draftElsewhere = new CourseFacts(OTHER_ORG, CourseStatus.DRAFT, 12, 0, 0, TODAY.minusDays(1), NOW, null);
        assertThat(enrol(draftElsewhere)).as("another organisation's course does not exist for this student")
                .isEqualTo(new Refused(Reason.OTHER_ORGANISATION));
        CourseFacts c = course(12, 0, 0);
        assertThat(enrol(status(c, CourseStatus.DRAFT))).isEqualTo(new Refused(Reason.NOT_PUBLISHED));
        assertThat(enrol(status(c, CourseStatus.CANCELLED))).isEqualTo(new Refused(Reason.NOT_PUBLISHED));
        assertThat(EnrolmentPolicy.enrol(c, ORG, Optional.of(EnrolmentStatus.ENROLLED), NOW, TODAY)).isEqualTo(new Refused(Reason.ALREADY_ENROLLED));
        assertThat(EnrolmentPolicy.enrol(c, ORG, Optional.of(EnrolmentStatus.WAITLISTED), NOW, TODAY))
                .isEqualTo(new Refused(Reason.ALREADY_WAITING));
        assertThat(EnrolmentPolicy.enrol(c, ORG, Optional.of(EnrolmentStatus.WITHDRAWN), NOW, TODAY)).as("a withdrawn student may come back")
                .isEqualTo(new Enrolled());
    }

    @Test
    void aCourseRunsUntilTheInstantItsLastSessionEndsAndThroughTheLastDayOfItsTerm() {
        CourseFacts endsNow = withEnds(course(12, 0, 0), TODAY, NOW);
        assertThat(EnrolmentPolicy.running(endsNow, NOW, TODAY)).as("the instant the last session ends").isTrue();
        assertThat(enrol(endsNow)).isEqualTo(new Enrolled());
        Instant justAfter = NOW.plusNanos(1);
        assertThat(EnrolmentPolicy.running(endsNow, justAfter, TODAY)).as("a moment after").isFalse();
        assertThat(EnrolmentPolicy.enrol(endsNow, ORG, Optional.empty(), justAfter, TODAY)).isEqualTo(new Refused(Reason.FINISHED));

        CourseFacts noSessions = withEnds(course(12, 0, 0), TODAY, null);
        assertThat(EnrolmentPolicy.running(noSessions, NOW, TODAY)).as("the last day of the term").isTrue();
        assertThat(EnrolmentPolicy.running(noSessions, NOW, TODAY.plusDays(1))).as("the day after the term").isFalse();
        assertThat(EnrolmentPolicy.enrol(noSessions, ORG, Optional.empty(), NOW, TODAY.plusDays(1))).isEqualTo(new Refused(Reason.FINISHED));
        assertThat(EnrolmentPolicy.running(status(noSessions, CourseStatus.DRAFT), NOW, TODAY)).as("a draft never runs").isFalse();
    }

    @Test
    void enrolmentOpensAtTheInstantTheTermSays() {
        CourseFacts c = course(12, 0, 0);
        CourseFacts opensNow = new CourseFacts(ORG, CourseStatus.PUBLISHED, 12, 0, 0, c.termEnds(), NOW, c.lastSessionEnds());
        assertThat(enrol(opensNow)).isEqualTo(new Enrolled());
        assertThat(EnrolmentPolicy.enrol(opensNow, ORG, Optional.empty(), NOW.minusNanos(1), TODAY)).isEqualTo(new Refused(Reason.NOT_OPEN_YET));
    }

    @Test
    void placesComeUpForTheWaitingListOnlyWhileTheCourseRuns() {
        assertThat(EnrolmentPolicy.placesToOffer(course(12, 9, 2), NOW, TODAY)).isEqualTo(2);
        assertThat(EnrolmentPolicy.placesToOffer(course(12, 9, 5), NOW, TODAY)).isEqualTo(3);
        assertThat(EnrolmentPolicy.placesToOffer(course(12, 12, 5), NOW, TODAY)).isZero();
        assertThat(EnrolmentPolicy.placesToOffer(course(12, 12, 5).without(EnrolmentStatus.ENROLLED), NOW, TODAY)).isEqualTo(1);
        assertThat(EnrolmentPolicy.placesToOffer(course(12, 12, 5).without(EnrolmentStatus.WAITLISTED), NOW, TODAY)).isZero();
        assertThat(EnrolmentPolicy.placesToOffer(course(12, 12, 5).withCapacity(14), NOW, TODAY)).isEqualTo(2);
        CourseFacts finished = withEnds(course(12, 9, 2), TODAY, NOW.minusSeconds(1));
        assertThat(EnrolmentPolicy.placesToOffer(finished, NOW, TODAY)).as("finished").isZero();
        assertThat(EnrolmentPolicy.placesToOffer(status(course(12, 9, 2), CourseStatus.CANCELLED), NOW, TODAY)).as("cancelled").isZero();
    }

    /**
     * Any sequence of requests on a running course (new students asking for a place, students
     * withdrawing, the administrator changing the places to at least those taken), applied as the
     * policy says: never more enrolled than places, no free place while someone waits, a new
     * student gets a place only when nobody waits, and whoever holds a place asked before whoever
     * still waits (first come, first served).
     */
    @Test
    void anySequenceOfRequestsKeepsThePlacesAndTheWaitingListFair() {
        qt().forAll(integers().between(0, 8), intLists(0, 299, 0, 80)).checkAssert((places, ops) -> {
            Simulated course = new Simulated(places);
            List<String> done = new ArrayList<>();
            for (int op : ops) {
                done.add(course.apply(op));
                String state = "places " + places + ", after " + done;
                assertThat(course.enrolled.size()).as(state).isLessThanOrEqualTo(course.capacity);
                assertThat(course.waiting.isEmpty() || course.enrolled.size() == course.capacity).as(state + ": free place while someone waits")
                        .isTrue();
                assertThat(course.waiting.isEmpty() || course.enrolled.stream().allMatch(e -> e < course.waiting.get(0)))
                        .as(state + ": everyone with a place asked before everyone still waiting").isTrue();
            }
        });
    }

    /** A running course, its students numbered in the order they first asked. */
    static final class Simulated {
        int capacity;
        final List<Integer> enrolled = new ArrayList<>();
        final List<Integer> waiting = new ArrayList<>();
        int next;

        Simulated(int capacity) {
            this.capacity = capacity;
        }

        CourseFacts facts() {
            return course(capacity, enrolled.size(), waiting.size());
        }

        String apply(int op) {
            int arg = op / 3;
            switch (op % 3) {
                case 0 -> {
                    int student = next++;
                    int waitingBefore = waiting.size();
                    Decision d = enrol(facts());
                    if (d instanceof Enrolled) {
                        assertThat(waitingBefore).as("a place while " + waitingBefore + " wait").isZero();
                        enrolled.add(student);
                    } else if (d instanceof Waitlisted w) {
                        assertThat(w.position()).isEqualTo(waitingBefore + 1);
                        waiting.add(student);
                    } else {
                        throw new AssertionError("a running course refused a new student: " + d);
                    }
                    return "enrol " + student;
                }
                case 1 -> {
                    List<Integer> live = new ArrayList<>(enrolled);
                    live.addAll(waiting);
                    if (live.isEmpty()) {
                        return "withdraw nobody";
                    }
                    Integer student = live.get(arg % live.size());
                    EnrolmentStatus was = enrolled.remove(student) ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
                    waiting.remove(student);
                    CourseFacts after = course(capacity, enrolled.size(), waiting.size());
                    promote(EnrolmentPolicy.placesToOffer(after, NOW, TODAY));
                    return "withdraw " + student + " (" + was + ")";
                }
                default -> {
                    int places = Math.max(enrolled.size(), arg % 10);
                    capacity = places;
                    promote(EnrolmentPolicy.placesToOffer(facts().withCapacity(places), NOW, TODAY));
                    return "places " + places;
                }
            }
        }

        /** As the store does: the first n on the waiting list, in order. */
        void promote(int n) {
            for (int i = 0; i < n; i++) {
                enrolled.add(waiting.remove(0));
            }
        }
    }

    static CourseFacts status(CourseFacts c, CourseStatus s) {
        return new CourseFacts(c.organisationId(), s, c.capacity(), c.enrolled(), c.waiting(), c.termEnds(), c.enrolmentOpensAt(),
                c.lastSessionEnds());
    }

    static CourseFacts withEnds(CourseFacts c, LocalDate termEnds, Instant lastSessionEnds) {
        return new CourseFacts(c.organisationId(), c.status(), c.capacity(), c.enrolled(), c.waiting(), termEnds, c.enrolmentOpensAt(),
                lastSessionEnds);
    }
}
