package tandem.change;

import java.util.List;

import tandem.change.ChangeViews.Assessment;
import tandem.change.ChangeViews.Trip;
import tandem.identity.CurrentUser;
import tandem.people.TeamView;
import tandem.shared.ids.TeamId;

/**
 * Team recovery implementation plans (TRIP): the team's resources and up to three priority
 * challenges, reviewed and reset as new versions. The team's members and the service lead read a
 * plan; only the service lead writes it. A team the caller may not see is {@code NotFoundException}.
 */
public interface TeamPriorities {

    /**
     * A plan as submitted: the version the writer opened, the resources, the challenge numbers of the
     * priorities as typed (up to three) and what the team will do for each, and the review date.
     */
    record PlanChange(int openedVersion, String resources, List<String> challenges, List<String> texts, String reviewOn) {
    }

    /**
     * A team's plan page: the team, its plans newest first, whether the caller may write a new version,
     * and (for the service lead) the team's latest self-assessment to compare with, or null.
     */
    record TeamPlan(TeamView team, List<Trip> trips, boolean editable, Assessment benchmark) {
    }

    /** The team's plans, newest first. Its members and the service lead. */
    List<Trip> trips(CurrentUser user, TeamId team);

    /** The team's plan page as {@code user} sees it. Its members and the service lead. */
    TeamPlan plan(CurrentUser user, TeamId team);

    /** The team's plan page as the service lead opens it to write a new version; anyone else is {@code NotFoundException}. */
    TeamPlan planToEdit(CurrentUser lead, TeamId team);

    /**
     * Writes the team's plan, or resets it at a review: a new version each time, audited. Service lead
     * only. Refuses with {@code InvalidInputException}: no resources, no priority, a challenge outside
     * 1 to 10 or chosen twice, a review date in the past; and with {@code ConflictException} on
     * {@code version} when someone wrote a version since {@code openedVersion}.
     */
    Trip save(CurrentUser lead, TeamId team, PlanChange plan);
}
