package tandem.people.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;

import tandem.consent.AccessDecisions;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.Directory;
import tandem.people.NhsNumber;
import tandem.people.PeopleApi;
import tandem.people.PersonListItem;
import tandem.people.SupporterLinkView;
import tandem.shared.PageOf;
import tandem.shared.TandemClock;
import tandem.shared.ids.PersonId;

@Service
class VisiblePeople implements Directory {

    private final PeopleApi people;
    private final PersonStore persons;
    private final AccessDecisions access;
    private final TandemClock clock;

    VisiblePeople(PeopleApi people, PersonStore persons, AccessDecisions access, TandemClock clock) {
        this.people = people;
        this.persons = persons;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public PageOf<PersonListItem> visibleTo(CurrentUser user, String query, int page, int size) {
        if (user.has(Role.ADMIN) || user.has(Role.API_CLIENT)) {
            // another system of the organisation (a token with system/Patient.read) sees its directory, as administrators do
            return people.peopleInOrganisation(user.organisationId(), query, page, size);
        }
        List<PersonId> ids;
        if (user.isStaff() && user.hasCareRole()) {
            ids = access.visibleOnCaseload(user, people.caseloadOfStaff(user.staffId(), clock.today(), query));
        } else if (user.personId() != null) {
            ids = List.of(user.personId());
        } else if (user.has(Role.SUPPORTER)) {
            ids = people.linksOfSupporter(user.accountId()).stream().map(SupporterLinkView::personId).toList();
        } else {
            ids = List.of();
        }
        int from = Math.min(ids.size(), page * size);
        int to = Math.min(ids.size(), from + size);
        return new PageOf<>(people.listItems(ids.subList(from, to)), page, size, ids.size());
    }

    @Override
    public Optional<PersonId> withNhsNumber(CurrentUser user, NhsNumber number) {
        if (user.organisationId() == null) {
            return Optional.empty();
        }
        return persons.personWithNhsNumber(user.organisationId().value(), number).map(PersonId::new);
    }
}
