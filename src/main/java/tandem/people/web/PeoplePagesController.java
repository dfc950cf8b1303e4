package tandem.people.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.audit.AuditLog;
import tandem.consent.AccessDecisions;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.people.Share;
import tandem.people.SupporterLinkView;
import tandem.people.internal.PeopleService;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TypedId;

/** Staff lists and person summaries, emergency access, and the access log. */
@Controller
class PeoplePagesController {

    static final int PAGE_SIZE = 25;

    private final CurrentUsers identity;
    private final VisiblePeople visible;
    private final PeopleApi people;
    private final AccessDecisions access;
    private final AuditLog audit;
    private final PeopleService service;

    PeoplePagesController(CurrentUsers identity, VisiblePeople visible, PeopleApi people, AccessDecisions access,
            AuditLog audit, PeopleService service) {
        this.identity = identity;
        this.visible = visible;
        this.people = people;
        this.access = access;
        this.audit = audit;
        this.service = service;
    }

    @GetMapping("/people")
    String list(@RequestParam(required = false) String query, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = identity.require();
        if (!user.hasCareRole() && !user.has(Role.ADMIN)) {
            throw new PersonNotFoundException();
        }
        model.addAttribute("result", visible.list(user, query, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("adminLinks", user.has(Role.ADMIN) && !user.hasCareRole());
        return "people/list";
    }

    @GetMapping("/people/{personId}")
    String person(@PathVariable UUID personId, Model model) {
        CurrentUser user = identity.require();
        PersonAccess decided = access.openRecord(user, PersonId.of(personId), "person summary");
        PersonView person = people.person(PersonId.of(personId)).orElseThrow(PersonNotFoundException::new);
        model.addAttribute("person", person);
        model.addAttribute("access", decided);
        model.addAttribute("caseload", people.caseloadEntries(PersonId.of(personId)));
        return "people/person";
    }

    @GetMapping("/people/{personId}/emergency-access")
    String emergencyForm(@PathVariable UUID personId, Model model) {
        requirePractitioner();
        model.addAttribute("personId", personId);
        model.addAttribute("reason", "");
        model.addAttribute("errors", FormErrors.NONE);
        return "people/emergencyAccess";
    }

    @PostMapping("/people/{personId}/emergency-access")
    String emergency(@PathVariable UUID personId, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = requirePractitioner();
        try {
            access.breakGlass(user, PersonId.of(personId), reason);
        } catch (InvalidInputException e) {
            model.addAttribute("personId", personId);
            model.addAttribute("reason", reason);
            model.addAttribute("errors", new FormErrors(e.problems()));
            return "people/emergencyAccess";
        }
        redirect.addFlashAttribute("flash", "Emergency access is open for 12 hours. The person and the service lead can see that you opened their record, and why.");
        return "redirect:/people/" + personId;
    }

    @GetMapping("/people/{personId}/access-log")
    String accessLog(@PathVariable UUID personId, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = identity.require();
        access.openAccessLog(user, PersonId.of(personId));
        model.addAttribute("personName", people.person(PersonId.of(personId)).map(PersonView::displayName).orElse(""));
        model.addAttribute("entries", audit.accessLog(PersonId.of(personId), Math.max(0, page), PAGE_SIZE));
        model.addAttribute("emergencies", access.breakGlassFor(PersonId.of(personId)));
        model.addAttribute("self", user.isPersonSelf(PersonId.of(personId)));
        model.addAttribute("basePath", "/people/" + personId + "/access-log");
        return "people/accessLog";
    }

    // A person's own pages

    @GetMapping("/me")
    String me(Model model) {
        CurrentUser user = identity.require();
        UUID personId = ownPersonId(user);
        model.addAttribute("person", people.person(PersonId.of(personId)).orElseThrow(PersonNotFoundException::new));
        model.addAttribute("caseload", people.caseloadEntries(PersonId.of(personId)));
        model.addAttribute("withdrawn", access.sharingWithdrawn(PersonId.of(personId)));
        model.addAttribute("research", access.researchConsented(PersonId.of(personId)));
        model.addAttribute("supporters", service.supporterLinksWithNames(personId).stream()
                .filter(SupporterLinkView::active).toList());
        return "people/me";
    }

    @PostMapping("/me/sharing")
    String sharing(@RequestParam(defaultValue = "") String choice, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        UUID personId = ownPersonId(user);
        boolean withdraw = "withdraw".equals(choice);
        access.setSharingWithdrawn(user, PersonId.of(personId), withdraw);
        redirect.addFlashAttribute("flash", withdraw
                ? "Your care team can no longer open your record. You can change this back at any time."
                : "Your care team can open your record again.");
        return "redirect:/me";
    }

    @PostMapping("/me/research")
    String research(@RequestParam(defaultValue = "") String choice, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        UUID personId = ownPersonId(user);
        if (!"yes".equals(choice) && !"no".equals(choice)) {
            throw new tandem.shared.error.InvalidInputException("choice", "Choose yes or no.");
        }
        boolean yes = "yes".equals(choice);
        access.setResearchConsent(user, PersonId.of(personId), yes);
        redirect.addFlashAttribute("flash", yes
                ? "Thank you. Your answers can now be used for research, without your name. You can change this at any time."
                : "Your answers will not be used in any new research extract.");
        return "redirect:/me";
    }

    @PostMapping("/me/supporters/{linkId}/end")
    String endSupporter(@PathVariable UUID linkId, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        service.endSupporterLink(user, ownPersonId(user), linkId);
        redirect.addFlashAttribute("flash", "You no longer share anything with that supporter.");
        return "redirect:/me";
    }

    @GetMapping("/me/access-log")
    String myAccessLog(@RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = identity.require();
        UUID personId = ownPersonId(user);
        model.addAttribute("personName", user.displayName());
        model.addAttribute("entries", audit.accessLog(PersonId.of(personId), Math.max(0, page), PAGE_SIZE));
        model.addAttribute("emergencies", access.breakGlassFor(PersonId.of(personId)));
        model.addAttribute("self", true);
        model.addAttribute("basePath", "/me/access-log");
        return "people/accessLog";
    }

    // Supporters

    @GetMapping("/supporting")
    String supporting(Model model) {
        CurrentUser user = identity.require();
        if (!user.has(Role.SUPPORTER)) {
            throw new PersonNotFoundException();
        }
        List<SupporterLinkView> links = people.linksOfSupporter(user.accountId());
        model.addAttribute("people", people.listItems(links.stream().map(SupporterLinkView::personId).toList()));
        return "people/supporting";
    }

    @GetMapping("/supporting/{personId}")
    String supportingPerson(@PathVariable UUID personId, Model model) {
        CurrentUser user = identity.require();
        PersonAccess decided = access.openShared(user, PersonId.of(personId), Share.PROFILE.name(), "profile");
        model.addAttribute("person", people.person(PersonId.of(personId)).orElseThrow(PersonNotFoundException::new));
        model.addAttribute("shares", decided.shares());
        return "people/supportingPerson";
    }

    private CurrentUser requirePractitioner() {
        CurrentUser user = identity.require();
        if (!user.has(Role.PRACTITIONER)) {
            throw new PersonNotFoundException();
        }
        return user;
    }

    private static UUID ownPersonId(CurrentUser user) {
        if (user.personId() == null) {
            throw new PersonNotFoundException();
        }
        return TypedId.uuid(user.personId());
    }

}
