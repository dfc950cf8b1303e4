package tandem.people.web;

import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
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
import tandem.people.Directory;
import tandem.people.NhsNumber;
import tandem.people.NhsNumbers;
import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.people.Share;
import tandem.people.SupporterLinkView;
import tandem.people.PeopleAdministration;
import tandem.people.web.PeopleForms.EmergencyForm;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;
import tandem.shared.ids.PersonId;

/** Staff lists and person summaries, emergency access, and the access log. */
@Controller
class PeoplePagesController {

    static final int PAGE_SIZE = 25;

    private final CurrentUsers identity;
    private final Directory visible;
    private final PeopleApi people;
    private final AccessDecisions access;
    private final AuditLog audit;
    private final PeopleAdministration service;
    private final NhsNumbers nhsNumbers;
    private final PersonPage personPage;

    PeoplePagesController(CurrentUsers identity, Directory visible, PeopleApi people, AccessDecisions access,
            AuditLog audit, PeopleAdministration service, NhsNumbers nhsNumbers, PersonPage personPage) {
        this.nhsNumbers = nhsNumbers;
        this.personPage = personPage;
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
        model.addAttribute("result", visible.visibleTo(user, query, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("query", query == null ? "" : query);
        model.addAttribute("adminLinks", user.has(Role.ADMIN) && !user.hasCareRole());
        return "people/list";
    }

    @GetMapping("/people/{personId}")
    String person(@PathVariable PersonId personId, Model model) {
        return personPage.show(identity.require(), personId, model, "", FormErrors.NONE);
    }

    /** A worker records that they checked the person's NHS number (the number they saw is sent with the button). */
    @PostMapping("/people/{personId}/nhs-number/checked")
    String nhsNumberChecked(@PathVariable PersonId personId, @RequestParam(defaultValue = "") String nhsNumber, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        NhsNumber seen = NhsNumber.parse(nhsNumber).orElseThrow(() -> new InvalidInputException("nhsNumber", "The NHS number is missing"));
        try {
            nhsNumbers.recordChecked(user, personId, seen);
            redirect.addFlashAttribute("flash", "You recorded that you checked the NHS number.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.problem().message());
        }
        return "redirect:/people/" + personId;
    }

    @GetMapping("/people/{personId}/emergency-access")
    String emergencyForm(@PathVariable PersonId personId, Model model) {
        requirePractitioner();
        model.addAttribute("personId", personId);
        model.addAttribute("reason", "");
        model.addAttribute("errors", FormErrors.NONE);
        return "people/emergencyAccess";
    }

    @PostMapping("/people/{personId}/emergency-access")
    String emergency(@PathVariable PersonId personId, @Valid @ModelAttribute EmergencyForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = requirePractitioner();
        if (Forms.attempt(binding, () -> access.breakGlass(user, personId, form.reason())).isEmpty()) {
            model.addAttribute("personId", personId);
            model.addAttribute("reason", form.reason() == null ? "" : form.reason());
            model.addAttribute("errors", FormErrors.of(binding));
            return "people/emergencyAccess";
        }
        redirect.addFlashAttribute("flash", "Emergency access is open for 12 hours. The person and the service lead can see that you opened their record, and why.");
        return "redirect:/people/" + personId;
    }

    @GetMapping("/people/{personId}/access-log")
    String accessLog(@PathVariable PersonId personId, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = identity.require();
        access.openAccessLog(user, personId);
        model.addAttribute("personName", people.person(personId).map(PersonView::displayName).orElse(""));
        model.addAttribute("entries", audit.accessLog(personId, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("emergencies", access.breakGlassFor(personId));
        model.addAttribute("self", user.isPersonSelf(personId));
        model.addAttribute("basePath", "/people/" + personId + "/access-log");
        return "people/accessLog";
    }

    // A person's own pages

    @GetMapping("/me")
    String me(Model model) {
        CurrentUser user = identity.require();
        PersonId personId = ownPersonId(user);
        model.addAttribute("person", people.person(personId).orElseThrow(PersonNotFoundException::new));
        model.addAttribute("caseload", people.caseloadEntries(personId));
        model.addAttribute("withdrawn", access.sharingWithdrawn(personId));
        model.addAttribute("research", access.researchConsented(personId));
        model.addAttribute("supporters", people.supportersOf(personId).stream()
                .filter(SupporterLinkView::active).toList());
        return "people/me";
    }

    @PostMapping("/me/sharing")
    String sharing(@RequestParam(defaultValue = "") String choice, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        PersonId personId = ownPersonId(user);
        boolean withdraw = "withdraw".equals(choice);
        access.setSharingWithdrawn(user, personId, withdraw);
        redirect.addFlashAttribute("flash", withdraw
                ? "Your care team can no longer open your record. You can change this back at any time."
                : "Your care team can open your record again.");
        return "redirect:/me";
    }

    @PostMapping("/me/research")
    String research(@RequestParam(defaultValue = "") String choice, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        PersonId personId = ownPersonId(user);
        if (!"yes".equals(choice) && !"no".equals(choice)) {
            throw new InvalidInputException("choice", "Choose yes or no.");
        }
        boolean yes = "yes".equals(choice);
        access.setResearchConsent(user, personId, yes);
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
        PersonId personId = ownPersonId(user);
        model.addAttribute("personName", user.displayName());
        model.addAttribute("entries", audit.accessLog(personId, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("emergencies", access.breakGlassFor(personId));
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
    String supportingPerson(@PathVariable PersonId personId, Model model) {
        CurrentUser user = identity.require();
        PersonAccess decided = access.openShared(user, personId, Share.PROFILE.name(), "profile");
        model.addAttribute("person", people.person(personId).orElseThrow(PersonNotFoundException::new));
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

    private static PersonId ownPersonId(CurrentUser user) {
        if (user.personId() == null) {
            throw new PersonNotFoundException();
        }
        return user.personId();
    }

}
