package tandem.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import tandem.identity.CurrentUser;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.SiteId;
import tandem.shared.ids.TeamId;

/**
 * Lived experience in the workforce. A staff member may record, voluntarily, that they have lived
 * experience and whether they use it openly; only they can read their answer (not administrators,
 * not the service lead). Reports are counts, suppressed whenever the group or either side of the
 * split has fewer than five people; the trend is kept by month, as counts only.
 */
public interface LivedExperience {

    /** A staff member's own answer; both null when they have not answered. */
    record Answer(Boolean hasLivedExperience, Boolean usesItOpenly) {
    }

    /** The organisation's percentage in one month, or suppressed. */
    record Month(LocalDate month, Counts counts) {
    }

    /** The organisation's target percentage of staff with lived experience ({@code tandem.workforce.lived-experience-target}). Anyone. */
    BigDecimal target();

    /**
     * The signed-in staff member's own answer, and nobody else's. Staff only: a user who is not a
     * staff member is refused with {@code NotFoundException} ("Staff member").
     */
    Answer mine(CurrentUser user);

    /**
     * Saves the staff member's own answer, refreshes this month's count for their organisation and
     * audits that an answer changed (never what it is). Staff only ({@code NotFoundException}
     * otherwise). Refuses with {@code InvalidInputException}: either answer missing, or using lived
     * experience openly without having it.
     */
    Answer saveMine(CurrentUser user, Boolean hasLivedExperience, Boolean usesItOpenly);

    /**
     * Counts for the lead's organisation, or one of its teams or sites (rounded to 5, and suppressed
     * when the rest of the organisation is a small group). Service lead only
     * ({@code ForbiddenException}); a team or site of another organisation is {@code NotFoundException}.
     */
    Counts report(CurrentUser lead, TeamId teamId, SiteId siteId);

    /** The organisation's closed months, oldest first, suppressed like every other count. Service lead only ({@code ForbiddenException}). */
    List<Month> trend(CurrentUser lead);

    /**
     * Counts for an organisation, suppressed the same way, for a programme view or the lead's
     * dashboard. For callers that have already decided the organisation may be shown; refuses nothing.
     */
    Counts organisation(OrganisationId organisationId);
}
