package tandem.recovery;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.recovery.PlanViews.Goal;
import tandem.recovery.PlanViews.Review;
import tandem.recovery.PlanViews.Step;
import tandem.recovery.PlanViews.Suggestion;
import tandem.shared.ids.PersonId;

/**
 * Goals in the person's own words, with five described attainment levels, steps, reviews by the
 * person and by workers (kept apart, never merged), and workers' suggestions that become goals or
 * steps only when the person accepts them in their own words.
 */
public interface Goals {

    int TEXT_MAX = 1000;
    int LEVEL_MAX = 300;

    /** What a goal says: the person's words, CHIME tags, the five levels and an optional weight. */
    record Draft(String text, List<String> chime, Map<String, String> levels, String weight) {
        public Draft {
            chime = chime == null ? List.of() : List.copyOf(chime);
            levels = levels == null ? Map.of() : new LinkedHashMap<>(levels);
        }
    }

    /** The goal attainment T-score for one kind of rater over a period. */
    record Attainment(int goals, BigDecimal tScore) {
    }

    List<Goal> goals(CurrentUser user, PersonId person);

    Goal goal(CurrentUser user, PersonId person, UUID goalId);

    List<Suggestion> openGoalSuggestions(CurrentUser user, PersonId person);

    /** The person sets a goal, perhaps accepting a worker's suggestion in their own words. */
    Goal create(CurrentUser user, PersonId person, Draft draft, UUID fromSuggestion);

    /** The person changes their goal: a new version; {@code openedVersion} is the one they were looking at. */
    Goal edit(CurrentUser user, PersonId person, UUID goalId, int openedVersion, Draft draft);

    void setStatus(CurrentUser user, PersonId person, UUID goalId, String status);

    /** The person adds a step (perhaps a worker's suggestion, in their own words). */
    Step addStep(CurrentUser user, PersonId person, UUID goalId, String what, String who, String dueOn,
            UUID fromSuggestion);

    void stepDone(CurrentUser user, PersonId person, UUID goalId, UUID stepId);

    /** A worker suggests a goal ({@code goalId} null) or a step for a goal; attributed, and the person decides. */
    Suggestion suggest(CurrentUser user, PersonId person, UUID goalId, String text);

    void decline(CurrentUser user, PersonId person, UUID suggestionId);

    Suggestion suggestion(CurrentUser user, PersonId person, UUID suggestionId);

    /** The person or a worker rates the goal's level now; each rater's ratings are kept apart. */
    Review review(CurrentUser user, PersonId person, UUID goalId, String level, String note);

    /**
     * The T-score for one rater kind: each goal's latest review by that kind within the period, with
     * the goal's weight (1 when none) and rho 0.3.
     */
    Attainment attainment(CurrentUser user, PersonId person, String from, String to, String rater);
}
