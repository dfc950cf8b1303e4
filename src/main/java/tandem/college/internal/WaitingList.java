package tandem.college.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tandem.college.EnrolmentPolicy;
import tandem.college.StudentId;
import tandem.shared.TandemClock;

/** Places that come up go to the first on the waiting list, in order, as {@link EnrolmentPolicy#placesToOffer} says. */
@Component
class WaitingList {

    private final CollegeStore store;
    private final EnrolmentStore places;
    private final TandemClock clock;

    WaitingList(CollegeStore store, EnrolmentStore places, TandemClock clock) {
        this.store = store;
        this.places = places;
        this.clock = clock;
    }

    /**
     * Gives the places that are free on a course, as it is now ({@code facts}), to the first on its
     * waiting list, in order, while the course runs; each is told. Call with the course row locked.
     */
    void offerFreePlaces(EnrolmentStore.LockedCourse course, EnrolmentPolicy.CourseFacts facts, Instant now) {
        int offered = EnrolmentPolicy.placesToOffer(facts, now, clock.today());
        for (StudentId student : places.promote(course.id(), offered, now)) {
            store.notify(student, "WAITLIST_MOVE", "You have a place on " + course.title(), "Good news: a place came up on "
                    + course.title() + ", and it is yours. You were first on the waiting list.", now);
        }
    }
}
