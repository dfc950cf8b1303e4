package tandem.people.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.people.BirthDate;
import tandem.people.CaseloadEntry;
import tandem.people.OrganisationView;
import tandem.people.PeopleApi;
import tandem.people.PersonListItem;
import tandem.people.PersonView;
import tandem.people.Share;
import tandem.people.SiteView;
import tandem.people.StaffView;
import tandem.people.SupporterLinkView;
import tandem.people.TeamView;
import tandem.shared.PageOf;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.ProgrammeId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TeamId;
import tandem.shared.ids.TypedId;

/** {@link PeopleApi} on the people module's stores. */
@Service
@Transactional(readOnly = true)
class PeopleDirectory implements PeopleApi {

    private final StructureStore structure;
    private final StaffStore staffStore;
    private final PersonStore personStore;
    private final CaseloadStore caseloads;
    private final SupporterStore supporters;
    private final PeopleService service;

    PeopleDirectory(StructureStore structure, StaffStore staffStore, PersonStore personStore, CaseloadStore caseloads, SupporterStore supporters, PeopleService service) {
        this.structure = structure;
        this.staffStore = staffStore;
        this.personStore = personStore;
        this.caseloads = caseloads;
        this.supporters = supporters;
        this.service = service;
    }

    /** The person's supporters (current and ended), with usernames. */
    @Override
    public List<SupporterLinkView> supportersOf(PersonId personId) {
        return service.supporterLinksWithNames(TypedId.uuid(personId));
    }

    /** The signed-in person turns one kind of sharing with one of their supporters on or off; audited. */
    @Override
    @Transactional
    public void setSupporterShare(tandem.identity.CurrentUser person, UUID linkId, Share share, boolean on) {
        service.setSupporterShare(person, linkId, share, on);
    }

    @Override
    public Optional<PersonView> person(PersonId personId) {
        return service.person(TypedId.uuid(personId));
    }

    @Override
    public List<BirthDate> birthDates(Collection<PersonId> personIds) {
        return personIds.isEmpty() ? List.of() : personStore.birthDates(personIds);
    }

    @Override
    public List<CaseloadEntry> caseloadEntries(PersonId personId) {
        return caseloads.caseloadEntries(TypedId.uuid(personId));
    }

    /** Every caseload membership, open or ended, of the organisation's teams; for read models kept by other modules. */
    @Override
    public List<CaseloadEntry> caseloadsOfOrganisation(OrganisationId organisationId) {
        return caseloads.caseloadsOfOrganisation(organisationId.value());
    }

    @Override
    public Optional<OrganisationView> organisation(OrganisationId organisationId) {
        return structure.organisation(TypedId.uuid(organisationId));
    }

    @Override
    public List<SiteView> sites(OrganisationId organisationId) {
        return structure.sites(TypedId.uuid(organisationId));
    }

    @Override
    public List<TeamView> teams(OrganisationId organisationId) {
        return structure.teams(TypedId.uuid(organisationId));
    }

    @Override
    public List<TeamView> teamsOfStaff(StaffId staffId) {
        return structure.teamsOfStaff(TypedId.uuid(staffId));
    }

    @Override
    public Optional<StaffView> staff(StaffId staffId) {
        return staffStore.staff(TypedId.uuid(staffId));
    }

    /** The staff of the teams that have the person on their caseload on that day. */
    @Override
    public List<StaffView> careTeamOf(PersonId personId, LocalDate day) {
        return staffStore.careTeamOf(TypedId.uuid(personId), day);
    }

    /** People on the caseloads of the staff member's teams on that day (before any consent check). */
    /** Every staff member of the organisation, with their teams. */
    @Override
    public List<StaffView> staffOf(OrganisationId organisationId) {
        return staffStore.staffInOrganisation(TypedId.uuid(organisationId), null, 0, 100_000).items();
    }

    /** The organisations that belong to a programme (a network of services). */
    @Override
    public List<OrganisationView> organisationsInProgramme(ProgrammeId programmeId) {
        return structure.organisationsInProgramme(TypedId.uuid(programmeId));
    }

    /** The people on a team's caseload on that day (for counts only; access to each record is decided by consent). */
    @Override
    public List<PersonId> caseloadOfTeam(TeamId teamId, LocalDate day) {
        return personStore.caseloadOfTeam(teamId.value(), day);
    }

    @Override
    public List<PersonId> caseloadOfStaff(StaffId staffId, LocalDate day, String query) {
        return personStore.caseloadOfStaff(staffId.value(), day, query);
    }

    @Override
    public List<PersonListItem> listItems(List<PersonId> personIds) {
        return personStore.listItems(personIds);
    }

    @Override
    public PageOf<PersonListItem> peopleInOrganisation(OrganisationId organisationId, String query, int page, int size) {
        return personStore.peopleInOrganisation(TypedId.uuid(organisationId), query, page, size);
    }

    @Override
    public List<SupporterLinkView> linksOfSupporter(AccountId supporterAccountId) {
        return supporters.linksOfSupporter(TypedId.uuid(supporterAccountId));
    }
}
