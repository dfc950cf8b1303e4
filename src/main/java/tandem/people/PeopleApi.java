package tandem.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.people.internal.PeopleService;
import tandem.people.internal.PeopleStore;
import tandem.shared.PageOf;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.ProgrammeId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TeamId;
import tandem.shared.ids.TypedId;

/**
 * The people module's public face for other modules. It answers questions about structure and
 * identity only; whether a caller may see a person is for {@code consent.AccessDecisions}.
 */
@Service
@Transactional(readOnly = true)
public class PeopleApi {

    private final PeopleStore store;
    private final PeopleService service;

    PeopleApi(PeopleStore store, PeopleService service) {
        this.store = store;
        this.service = service;
    }

    /** The person's supporters (current and ended), with usernames. */
    public List<SupporterLinkView> supportersOf(PersonId personId) {
        return service.supporterLinksWithNames(TypedId.uuid(personId));
    }

    /** The signed-in person turns one kind of sharing with one of their supporters on or off; audited. */
    @Transactional
    public void setSupporterShare(tandem.identity.CurrentUser person, UUID linkId, Share share, boolean on) {
        service.setSupporterShare(person, linkId, share, on);
    }

    public Optional<PersonView> person(PersonId personId) {
        return service.person(TypedId.uuid(personId));
    }

    public List<CaseloadEntry> caseloadEntries(PersonId personId) {
        return store.caseloadEntries(TypedId.uuid(personId));
    }

    /** Every caseload membership, open or ended, of the organisation's teams; for read models kept by other modules. */
    public List<CaseloadEntry> caseloadsOfOrganisation(OrganisationId organisationId) {
        return store.caseloadsOfOrganisation(organisationId.value());
    }

    public Optional<OrganisationView> organisation(OrganisationId organisationId) {
        return store.organisation(TypedId.uuid(organisationId));
    }

    public List<SiteView> sites(OrganisationId organisationId) {
        return store.sites(TypedId.uuid(organisationId));
    }

    public List<TeamView> teams(OrganisationId organisationId) {
        return store.teams(TypedId.uuid(organisationId));
    }

    public List<TeamView> teamsOfStaff(StaffId staffId) {
        return store.teamsOfStaff(TypedId.uuid(staffId));
    }

    public Optional<StaffView> staff(StaffId staffId) {
        return store.staff(TypedId.uuid(staffId));
    }

    /** The staff of the teams that have the person on their caseload on that day. */
    public List<StaffView> careTeamOf(PersonId personId, LocalDate day) {
        return store.careTeamOf(TypedId.uuid(personId), day);
    }

    /** People on the caseloads of the staff member's teams on that day (before any consent check). */
    /** Every staff member of the organisation, with their teams. */
    public List<StaffView> staffOf(OrganisationId organisationId) {
        return store.staffInOrganisation(TypedId.uuid(organisationId), null, 0, 100_000).items();
    }

    /** The organisations that belong to a programme (a network of services). */
    public List<OrganisationView> organisationsInProgramme(ProgrammeId programmeId) {
        return store.organisationsInProgramme(TypedId.uuid(programmeId));
    }

    /** The people on a team's caseload on that day (for counts only; access to each record is decided by consent). */
    public List<PersonId> caseloadOfTeam(TeamId teamId, LocalDate day) {
        return store.caseloadOfTeam(teamId.value(), day);
    }

    public List<PersonId> caseloadOfStaff(StaffId staffId, LocalDate day, String query) {
        return store.caseloadOfStaff(staffId.value(), day, query);
    }

    public List<PersonListItem> listItems(List<PersonId> personIds) {
        return store.listItems(personIds);
    }

    public PageOf<PersonListItem> peopleInOrganisation(OrganisationId organisationId, String query, int page, int size) {
        return store.peopleInOrganisation(TypedId.uuid(organisationId), query, page, size);
    }

    public List<SupporterLinkView> linksOfSupporter(AccountId supporterAccountId) {
        return store.linksOfSupporter(TypedId.uuid(supporterAccountId));
    }
}
