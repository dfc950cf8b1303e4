package tandem.people;

import java.util.List;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.shared.PageOf;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.SiteId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TeamId;

/**
 * The administrator's work on people, staff, caseloads, supporters and the organisation's structure.
 * Each operation checks everything first ({@link InvalidInputException} naming each field, or
 * {@link ConflictException}), then writes in one transaction, audited. A person of another
 * organisation is not found ({@code consent.PersonNotFoundException}).
 */
public interface PeopleAdministration {

    PersonId createPerson(CurrentUser admin, PersonForm form);

    /** Changes a person's details at the version the administrator saw (a stale one is a conflict). */
    void updatePerson(CurrentUser admin, PersonId person, long version, PersonForm form);

    /** Adds the person to a team's caseload from a date ({@code yyyy-mm-dd}); returns the membership's id. */
    UUID addCaseload(CurrentUser admin, PersonId person, String teamId, String from);

    void endCaseload(CurrentUser admin, PersonId person, UUID caseloadId, String to);

    /**
     * Links a supporter (an existing supporter account by username, or a new one with this password)
     * with what the person shares with them; only the person shares their crisis plan.
     */
    UUID addSupporter(CurrentUser admin, PersonId person, String username, String password, String relationship, List<String> shares);

    /** The person, or an administrator of their organisation, ends a supporter's link. */
    void endSupporterLink(CurrentUser user, PersonId person, UUID linkId);

    StaffId createStaff(CurrentUser admin, StaffForm form);

    /** Changes a staff member's details, roles, teams and (optionally) password at the version the administrator saw. */
    void updateStaff(CurrentUser admin, StaffId staff, long version, StaffForm form);

    SiteId addSite(CurrentUser admin, String name);

    TeamId addTeam(CurrentUser admin, String siteId, String name);

    PageOf<StaffView> staffInOrganisation(OrganisationId organisationId, String query, int page, int size);
}
