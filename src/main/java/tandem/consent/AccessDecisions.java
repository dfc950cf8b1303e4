package tandem.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import tandem.audit.AuditAction;
import tandem.identity.CurrentUser;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/**
 * The one place that decides who may see a person, used by every module. Staff in a care role see a
 * person only through an active caseload membership of one of their teams, while the person shares
 * with their care team; supporters see only what is shared with them; a person sees themselves.
 * Every read of a record by someone else, and every change, is written to the audit log; a refusal
 * is a {@link PersonNotFoundException} (404), never a hint that the person exists.
 */
public interface AccessDecisions {

    Duration BREAK_GLASS_DURATION = Duration.ofHours(12);
    int MIN_REASON = 10;
    int MAX_REASON = 2000;

    /** Decides without recording anything. */
    PersonAccess decide(CurrentUser user, PersonId personId);

    /**
     * Opens a person's record (the person, their care team, or break-glass): audited as a read of
     * {@code objectType}. Anyone else gets {@link PersonNotFoundException}.
     */
    PersonAccess openRecord(CurrentUser user, PersonId personId, String objectType);

    /** Opens something the person may share with supporters (e.g. "CRISIS_PLAN"), audited. */
    PersonAccess openShared(CurrentUser user, PersonId personId, String share, String objectType);

    /** Opens a person's directory entry (names and teams): the record's readers, supporters and administrators; audited. */
    PersonAccess openDirectoryEntry(CurrentUser user, PersonId personId);

    /** The person's access log: the person themselves, or a service lead of their organisation. */
    PersonAccess openAccessLog(CurrentUser user, PersonId personId);

    /** Records a change to a person's data, in the caller's transaction. */
    void recordChange(CurrentUser user, PersonAccess access, AuditAction action, String objectType, String objectId);

    /**
     * A practitioner opens the record of a person of their organisation in an emergency, with a
     * written reason of {@link #MIN_REASON} to {@link #MAX_REASON} characters, for
     * {@link #BREAK_GLASS_DURATION}. Flagged in the access log.
     */
    BreakGlassGrant breakGlass(CurrentUser user, PersonId personId, String reason);

    /** Emergency openings of this person's record, newest first (shown to the person). */
    List<BreakGlassGrant> breakGlassFor(PersonId personId);

    /** Emergency openings in an organisation since a moment (shown to the service lead). */
    List<BreakGlassGrant> breakGlassInOrganisation(OrganisationId organisationId, Instant since);

    /**
     * Of the people on a care worker's caseloads, those the worker may see now (the ones who have not
     * withdrawn sharing), in the order given. Nothing is audited: this is a list of names.
     */
    List<PersonId> visibleOnCaseload(CurrentUser user, List<PersonId> caseloadPersonIds);

    /** Whether the person has withdrawn sharing with their care team. */
    boolean sharingWithdrawn(PersonId personId);

    /** Only the person changes their own sharing choice; audited. */
    void setSharingWithdrawn(CurrentUser user, PersonId personId, boolean withdrawn);

    /** Whether the person said yes to their pseudonymised answers being used for research (default no). */
    boolean researchConsented(PersonId personId);

    /** Only the person gives or withdraws research consent; audited. */
    void setResearchConsent(CurrentUser user, PersonId personId, boolean consented);

    /** Seeds a research choice without a signed-in person (demo data only). */
    void seedResearchConsent(PersonId personId, boolean consented);

    /** The people of an organisation who consented to research use, for a pseudonymised extract. */
    List<PersonId> researchConsentedIn(OrganisationId organisationId);
}
