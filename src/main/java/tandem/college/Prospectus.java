package tandem.college;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.shared.ids.OrganisationId;

/** The public prospectus: terms, courses and their calendars, open to everyone without signing in. */
public interface Prospectus {

    /** Prospectus filters; blank means any. */
    record Search(String term, String query, String topic, String chime, String day, String time, String mode) {
    }

    /** The term on now, else the next to start, else the latest. */
    Optional<Views.Term> currentTerm(OrganisationId org);

    List<Views.Term> terms();

    List<Views.Course> prospectus(Search s);

    /** A published course for anyone; a draft only for the college's administrators and its trainers. */
    Views.Course course(Optional<CurrentUser> user, CourseId id);

    /** The sessions of a published course as an iCalendar file (times in UTC, so clock changes cannot shift them). */
    String calendar(CourseId id);
}
