package tandem.people.web;

import java.util.List;

import org.springframework.stereotype.Component;

import tandem.consent.AccessDecisions;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.people.PersonListItem;
import tandem.people.SupporterLinkView;
import tandem.shared.PageOf;
import tandem.shared.TandemClock;
import tandem.shared.ids.PersonId;

/**
 * The people a user may see listed: care staff their teams' caseloads (minus anyone who has
 * withdrawn sharing), administrators everyone in the organisation (names and teams only), a person
 * themselves, a supporter the people who share with them.
 */
@Component
class VisiblePeople {

    private final PeopleApi people;
    private final AccessDecisions access;
    private final TandemClock clock;

    VisiblePeople(PeopleApi people, AccessDecisions access, TandemClock clock) {
        this.people = people;
        this.access = access;
        this.clock = clock;
    }

    PageOf<PersonListItem> list(CurrentUser user, String query, int page, int size) {
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
}
