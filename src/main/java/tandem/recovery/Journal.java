package tandem.recovery;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import tandem.identity.CurrentUser;
import tandem.recovery.PlanViews.JournalEntry;
import tandem.shared.ids.PersonId;

/**
 * The five ways to wellbeing journal: quick entries, a week view and a trend. Private: the care
 * team reads it only while the person shares it with them.
 */
public interface Journal {

    int WEEKS = 8;

    /** One week, Monday first: the entries of each day, and how many of each way. */
    record Week(LocalDate monday, Map<LocalDate, List<JournalEntry>> days, Map<Way, Integer> counts) {
    }

    /** The number of entries per way in each of the last weeks, oldest first. */
    record Trend(List<LocalDate> mondays, Map<Way, List<Integer>> counts) {
    }

    /** Opens the journal: the person, or their care team while it is shared. */
    boolean open(CurrentUser user, PersonId person);

    JournalEntry add(CurrentUser user, PersonId person, String on, String way, String note);

    void share(CurrentUser user, PersonId person, boolean withCareTeam);

    /** The week containing {@code day} (today when null); call {@link #open} first. */
    Week week(PersonId person, LocalDate day);

    Trend trend(PersonId person);
}
