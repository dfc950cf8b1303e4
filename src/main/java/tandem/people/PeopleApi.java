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
    public List<SupporterLinkView> supportersOf(UUID personId) {
        return service.supporterLinksWithNames(personId);
    }

    /** The signed-in person turns one kind of sharing with one of their supporters on or off; audited. */
    @Transactional
    public void setSupporterShare(tandem.identity.CurrentUser person, UUID linkId, Share share, boolean on) {
        service.setSupporterShare(person, linkId, share, on);
    }

    public Optional<PersonView> person(UUID personId) {
        return service.person(personId);
    }

    public List<CaseloadEntry> caseloadEntries(UUID personId) {
        return store.caseloadEntries(personId);
    }

    public Optional<OrganisationView> organisation(UUID organisationId) {
        return store.organisation(organisationId);
    }

    public List<SiteView> sites(UUID organisationId) {
        return store.sites(organisationId);
    }

    public List<TeamView> teams(UUID organisationId) {
        return store.teams(organisationId);
    }

    public List<TeamView> teamsOfStaff(UUID staffId) {
        return store.teamsOfStaff(staffId);
    }

    public Optional<StaffView> staff(UUID staffId) {
        return store.staff(staffId);
    }

    /** The staff of the teams that have the person on their caseload on that day. */
    public List<StaffView> careTeamOf(UUID personId, LocalDate day) {
        return store.careTeamOf(personId, day);
    }

    /** People on the caseloads of the staff member's teams on that day (before any consent check). */
    /** Every staff member of the organisation, with their teams. */
    public List<StaffView> staffOf(UUID organisationId) {
        return store.staffInOrganisation(organisationId, null, 0, 100_000).items();
    }

    /** The organisations that belong to a programme (a network of services). */
    public List<OrganisationView> organisationsInProgramme(UUID programmeId) {
        return store.organisationsInProgramme(programmeId);
    }

    /** The people on a team's caseload on that day (for counts only; access to each record is decided by consent). */
    public List<UUID> caseloadOfTeam(UUID teamId, LocalDate day) {
        return store.caseloadOfTeam(teamId, day);
    }

    public List<UUID> caseloadOfStaff(UUID staffId, LocalDate day, String query) {
        return store.caseloadOfStaff(staffId, day, query);
    }

    public List<PersonListItem> listItems(List<UUID> personIds) {
        return store.listItems(personIds);
    }

    public PageOf<PersonListItem> peopleInOrganisation(UUID organisationId, String query, int page, int size) {
        return store.peopleInOrganisation(organisationId, query, page, size);
    }

    public List<SupporterLinkView> linksOfSupporter(UUID supporterAccountId) {
        return store.linksOfSupporter(supporterAccountId);
    }
}
