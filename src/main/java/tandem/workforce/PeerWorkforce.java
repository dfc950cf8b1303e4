package tandem.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.people.StaffView;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;

/**
 * The peer workforce: peer roles, supervision by people who understand the role (supervisors hold
 * a peer role themselves), training records with expiry, and the service lead's dashboard. Staff of
 * another organisation than the caller's are answered {@code NotFoundException} ("Staff member").
 */
public interface PeerWorkforce {

    /** Peer workers are due supervision when the last one was longer ago than this. */
    int SUPERVISION_DAYS = 42;
    /** Training shows as due this many days before it expires. */
    int TRAINING_WARNING_DAYS = 60;

    /** One staff member's workforce record. */
    record StaffRecord(StaffView staff, List<PeerRole> roles, List<SupervisionView> supervision, List<Training> training,
            int caseload) {
    }

    /** A supervision session as shown: when, the supervisor's name, what was talked about, and the next date if set. */
    record SupervisionView(LocalDate heldOn, String supervisor, String notes, LocalDate nextOn) {
    }

    /** A training course a staff member completed; {@code expiresOn} is null for training that does not expire. */
    record Training(UUID id, StaffId staffId, String course, boolean coProduced, LocalDate completedOn, LocalDate expiresOn) {
    }

    /** A line on the dashboard: who and what is due. */
    record Due(StaffId staffId, String name, String what, LocalDate on) {
    }

    /**
     * The service lead's dashboard. {@code byRole} and {@code byTeam} map a role's or team's name to
     * how many staff hold it (they travel in JSON as objects keyed by the name).
     */
    record Dashboard(int staff, Map<String, Integer> byRole, Map<String, Integer> byTeam, int peerWorkers, int peerSites,
            Counts livedExperience, List<LivedExperience.Month> trend, BigDecimal target, List<Due> supervisionDue,
            List<Due> trainingDue, int coProducedTrained, List<StaffLine> people) {
    }

    /** A staff member in the dashboard's list: no lived-experience answer, ever. */
    record StaffLine(StaffId id, String name, String jobTitle, String peerRoles) {
    }

    /** How many staff of an organisation hold a peer role, and at how many sites they work. */
    record PeerWorkers(int workers, int sites) {
    }

    /**
     * A staff member's record. The service lead and the staff member themselves see all of it; a peer
     * supervisor of theirs sees only the supervision records they wrote. Anyone else, and staff of
     * another organisation, is answered {@code NotFoundException}.
     */
    StaffRecord record(CurrentUser user, StaffId staffId);

    /** Peer supervisors one may choose: staff of the caller's organisation who hold a peer role. Any staff member. */
    List<StaffView> supervisors(CurrentUser user);

    /**
     * Replaces a staff member's peer roles (names of {@link PeerRole}) and audits it. Service lead
     * only ({@code ForbiddenException}); a role not on the list is refused with
     * {@code InvalidInputException} ("roles").
     */
    void setRoles(CurrentUser lead, StaffId staffId, List<String> roles);

    /**
     * Records a supervision session, as typed, and audits it. The service lead, or the supervisor
     * themselves ({@code ForbiddenException} otherwise); a supervisor of another organisation is
     * {@code NotFoundException}. Refuses with {@code InvalidInputException} naming the field: staff
     * without a peer role, a supervisor without one or the same person, a date missing or in the
     * future, no notes or over 4,000 characters, a next date not after this one.
     */
    void addSupervision(CurrentUser user, StaffId staffId, String supervisorId, String heldOn, String notes, String nextOn);

    /**
     * Refuses, and records nothing, whoever {@link #addSupervision} would refuse with this supervisor
     * (as typed, possibly blank) whatever else they typed: a staff member of another organisation
     * ({@code NotFoundException}), anyone but the service lead or the supervisor themselves
     * ({@code ForbiddenException}), a supervisor of another organisation ({@code NotFoundException}).
     * For a page that checks a form before the module sees it, so that a form it refuses never
     * tells someone who may not write more than the module would.
     */
    void checkSupervisionWriter(CurrentUser user, StaffId staffId, String supervisorId);

    /**
     * Records a completed training course, as typed, and audits it. Service lead only
     * ({@code ForbiddenException}). Refuses with {@code InvalidInputException} naming the field: no
     * course or over 200 characters, a completion date missing or in the future, an expiry date not
     * after the completion date.
     */
    void addTraining(CurrentUser lead, StaffId staffId, String course, boolean coProduced, String completedOn, String expiresOn);

    /**
     * Refuses, and records nothing, whoever {@link #addTraining} would refuse whatever they typed:
     * anyone but the service lead ({@code ForbiddenException}), a staff member of another
     * organisation ({@code NotFoundException}). For a page that checks a form before the module sees it.
     */
    void checkTrainingWriter(CurrentUser user, StaffId staffId);

    /** The caller's own training that has expired or expires within {@link #TRAINING_WARNING_DAYS}; empty for non-staff. */
    List<Training> expiringFor(CurrentUser user);

    /**
     * Peer workers in an organisation and the sites they work at, as counts, for a programme view.
     * For callers that have already decided the organisation may be shown; refuses nothing.
     */
    PeerWorkers peerWorkers(OrganisationId organisationId);

    /** The service lead's dashboard of their organisation. Service lead only ({@code ForbiddenException}). */
    Dashboard dashboard(CurrentUser lead);
}
