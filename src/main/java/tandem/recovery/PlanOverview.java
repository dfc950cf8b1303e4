package tandem.recovery;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import tandem.identity.CurrentUser;
import tandem.measures.scoring.Chime;
import tandem.recovery.PlanViews.Goal;
import tandem.recovery.PlanViews.Strength;
import tandem.recovery.PlanViews.TeamParticipation;
import tandem.shared.ids.PersonId;

/**
 * Views across the plan: the person's CHIME profile (goals, strengths and check-in scores per
 * recovery process), and REFOCUS team participation for practitioners and service leads.
 */
public interface PlanOverview {

    /** Participation counts plans reviewed within this many days (about 6 months). */
    int REVIEW_DAYS = 183;

    /** One CHIME check-in score for a process. */
    record Score(Instant at, BigDecimal value) {
    }

    /** One CHIME process in the person's profile. */
    record Process(Chime chime, List<Goal> goals, List<Strength> strengths, List<Score> scores) {
    }

    /** Per CHIME process: the person's goals, strengths and check-in scores (oldest first); audited. */
    List<Process> chimeProfile(CurrentUser user, PersonId person);

    /**
     * For a practitioner or peer support worker: their teams. For a service lead: every team of the
     * organisation. Counts only, never names.
     */
    List<TeamParticipation> participation(CurrentUser user);
}
