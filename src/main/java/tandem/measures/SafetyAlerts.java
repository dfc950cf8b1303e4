package tandem.measures;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TeamId;

/**
 * Safety answers for the care team: raised when a response gives one (see
 * {@link tandem.measures.scoring.Instrument#safetyAnswer}), shown at the top of the worker's home
 * page until someone who may see the person marks it seen, and e-mailed at once to the duty contact
 * of each team that has the person on its caseload. The e-mail never holds the answers.
 */
public interface SafetyAlerts {

    /** An open alert as a worker's list shows it. */
    record OpenAlert(UUID id, PersonId personId, String personName, String instrument, Instant raisedAt) {
    }

    /** Open alerts for people on the worker's caseloads whom they may see, newest first; empty for anyone else. */
    List<OpenAlert> openFor(CurrentUser user);

    /** Marks one of the person's open alerts seen, audited; {@code NotFoundException} when there is no such open alert. */
    void markSeen(CurrentUser user, PersonId personId, UUID alertId);

    /**
     * Sets the e-mail address a team's safety alerts go to (administrators and service leads of the team's
     * organisation); a blank address removes it. {@code InvalidInputException} for an address that is not one.
     */
    void setDutyContact(CurrentUser user, TeamId teamId, String email);
}
