package tandem.people.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import tandem.consent.AccessDecisions;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.Accounts;
import tandem.identity.CurrentUser;
import tandem.identity.Invitations;
import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.shared.TandemClock;
import tandem.shared.web.FormErrors;

/** A person's summary page for staff (and the person), shown after a GET or again with an invitation form's errors. */
@Component
class PersonPage {

    private final PeopleApi people;
    private final AccessDecisions access;
    private final Accounts accounts;
    private final Invitations invitations;
    private final TandemClock clock;

    PersonPage(PeopleApi people, AccessDecisions access, Accounts accounts, Invitations invitations, TandemClock clock) {
        this.people = people;
        this.access = access;
        this.accounts = accounts;
        this.invitations = invitations;
        this.clock = clock;
    }

    String show(CurrentUser user, tandem.shared.ids.PersonId personId, Model model, String email, FormErrors inviteErrors) {
        PersonAccess decided = access.openRecord(user, personId, "person summary");
        PersonView person = people.person(personId).orElseThrow(PersonNotFoundException::new);
        model.addAttribute("person", person);
        model.addAttribute("access", decided);
        model.addAttribute("caseload", people.caseloadEntries(personId));
        // the NHS number is for staff who may see the person, never on a page of the person's own or a supporter's
        boolean staff = user.isStaff() && !decided.self();
        model.addAttribute("showNhsNumber", staff);
        model.addAttribute("mayCheckNhsNumber", staff && user.hasCareRole() && person.nhsNumber() != null
                && !person.nhsNumberStatus().verified());
        model.addAttribute("invitation", InvitationAccess.mayInvite(decided)
                ? new InvitationPanel(accounts.byPerson(personId).isPresent(), invitations.forPerson(personId), email, inviteErrors,
                        clock.zone())
                : null);
        return "people/person";
    }
}
