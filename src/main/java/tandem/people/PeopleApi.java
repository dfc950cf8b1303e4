package tandem.people;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.shared.PageOf;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.ProgrammeId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TeamId;

/**
 * The people module's public face for other modules: programmes, organisations, sites, teams, people,
 * staff, caseloads and supporters. It answers questions about structure and identity only; whether a
 * caller may see a person is for {@code consent.AccessDecisions}.
 */
public interface PeopleApi {

    /** The person's supporters (current and ended), with usernames. */
    List<SupporterLinkView> supportersOf(PersonId personId);

    /** The signed-in person turns one kind of sharing with one of their supporters on or off; audited. */
    void setSupporterShare(CurrentUser person, UUID linkId, Share share, boolean on);

    /** A person's details as the people module holds them (no clinical data); empty when there is no such person. */
    Optional<PersonView> person(PersonId personId);

    /**
     * The dates of birth of these people, in one read (people who do not exist are left out), for
     * extracts that show an age band. Whether the caller may include them (research consent) is
     * decided before; nothing is audited here and nothing is refused.
     */
    List<BirthDate> birthDates(Collection<PersonId> personIds);

    /** The person's caseload memberships, newest first. */
    List<CaseloadEntry> caseloadEntries(PersonId personId);

    /** Every caseload membership, open or ended, of the organisation's teams; for read models kept by other modules. */
    List<CaseloadEntry> caseloadsOfOrganisation(OrganisationId organisationId);

    Optional<OrganisationView> organisation(OrganisationId organisationId);

    List<SiteView> sites(OrganisationId organisationId);

    List<TeamView> teams(OrganisationId organisationId);

    List<TeamView> teamsOfStaff(StaffId staffId);

    Optional<StaffView> staff(StaffId staffId);

    /** The staff of the teams that have the person on their caseload on that day. */
    List<StaffView> careTeamOf(PersonId personId, LocalDate day);

    /** Every staff member of the organisation, with their teams. */
    List<StaffView> staffOf(OrganisationId organisationId);

    /** The organisations that belong to a programme (a network of services). */
    List<OrganisationView> organisationsInProgramme(ProgrammeId programmeId);

    /** The people on a team's caseload on that day (for counts only; access to each record is decided by consent). */
    List<PersonId> caseloadOfTeam(TeamId teamId, LocalDate day);

    /** People on the caseloads of the staff member's teams on that day, by name (before any consent check). */
    List<PersonId> caseloadOfStaff(StaffId staffId, LocalDate day, String query);

    /** Names and current teams of these people, in the order given (people who do not exist are left out). */
    List<PersonListItem> listItems(List<PersonId> personIds);

    /** A page of the organisation's people matching the query, by name. */
    PageOf<PersonListItem> peopleInOrganisation(OrganisationId organisationId, String query, int page, int size);

    /** The people this supporter account is linked to. */
    List<SupporterLinkView> linksOfSupporter(AccountId supporterAccountId);
}
