package tandem.measures;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.measures.scoring.Instrument;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/**
 * Asking a person to complete an instrument: once or on a schedule, in their own pages or through a
 * single-use link that works without an account and shows nothing but a first name. Requests are made
 * and ended by staff who may open the person's record (never by the person: {@code PersonNotFoundException},
 * as for anyone who may not see them); each is audited.
 */
public interface Administering {

    /** A single-use link's page: the first name and the questionnaire, nothing else. */
    record LinkView(String firstName, Instrument instrument) {
    }

    /** A line of the team's due list. */
    record DueLine(PersonId personId, String name, String instrument, LocalDate dueOn, Assignment.State state) {
    }

    /**
     * Asks the person to complete {@code code}, due on {@code dueOn} (today or later) and, unless
     * {@code everyMonths} is blank or 0, again every 1 to 24 months. {@code InvalidInputException}
     * names each field that is wrong; an instrument the person cannot complete themselves (clinician-rated,
     * or its wording not installed: {@link Instrument#personCanComplete()}) is refused with
     * {@code RuleRefusedException} naming it. Nothing is stored then.
     */
    Assignment assign(CurrentUser user, PersonId personId, String code, String dueOn, String everyMonths);

    /** Ends one of the person's requests; {@code NotFoundException} when it is not theirs or already ended. */
    void end(CurrentUser user, PersonId personId, UUID assignmentId);

    /** The person's active requests, soonest first. The caller has already opened the record (and so audited the read). */
    List<Assignment> assignments(PersonId personId);

    /**
     * Creates a single-use link for one of the person's requests and returns its token, shown once:
     * only its hash is kept. It expires after the configured number of days.
     */
    String createLink(CurrentUser user, PersonId personId, UUID assignmentId);

    /** What a link's page shows; {@code NotFoundException} for an unknown token, {@code GoneException} once used or expired. */
    LinkView openLink(String token);

    /** Stores the answers given through a link and uses the link up; a second try gets {@code GoneException}. */
    StoredResponse submitLink(String token, Map<String, ?> answers);

    /** How many people were asked to complete an instrument in a period, and how many of those completed it in the period. */
    record CompletionCount(int asked, int completed) {
    }

    /**
     * For aggregate reports only (no record is opened, nothing is audited): the people of these
     * organisations, leaving out {@code except}, with a request for {@code instrument} open at some
     * time since {@code since}, and how many of them have a response to it since then. For callers
     * that decide themselves whether the counts may be shown (small numbers); refuses nothing.
     */
    CompletionCount completionInOrganisations(String instrument, Instant since, Collection<OrganisationId> organisations,
            Collection<PersonId> except);

    /**
     * As {@link #completionInOrganisations}, counting only these people, and only their requests made in
     * {@code organisation} (a team's caseload, say). Refuses nothing.
     */
    CompletionCount completionAmong(String instrument, Instant since, OrganisationId organisation, Collection<PersonId> people);

    /** People on the worker's caseloads (whom they may see) with something due or overdue, up to a week ahead; empty for anyone else. */
    List<DueLine> dueForStaff(CurrentUser user);
}
