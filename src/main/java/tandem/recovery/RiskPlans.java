package tandem.recovery;

import java.util.List;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.recovery.PlanViews.RiskPlan;
import tandem.shared.ids.PersonId;

/**
 * Positive risk-taking plans (ImROC challenge 7), written together: the goal, the risks, what makes
 * them smaller, who does what, a review date. Either side may write a new version (attributed);
 * the plan is agreed only when the person and a worker have both agreed the same version.
 */
public interface RiskPlans {

    List<RiskPlan> plans(CurrentUser user, PersonId person);

    RiskPlan plan(CurrentUser user, PersonId person, UUID plan);

    /** Starts a plan ({@code plan} null) or writes its next version; {@code openedVersion} guards against lost edits. */
    RiskPlan write(CurrentUser user, PersonId person, UUID plan, int openedVersion, String goal, String risks,
            String smaller, String whoDoesWhat, String reviewOn);

    /** The caller agrees the version they read; if it is no longer the current one, they are told. */
    RiskPlan agree(CurrentUser user, PersonId person, UUID plan, int version);
}
