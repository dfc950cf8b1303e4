package tandem.people.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.consent.AccessDecisions;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.people.PeopleApi;
import tandem.people.PersonForm;
import tandem.people.PersonView;
import tandem.people.Share;
import tandem.people.internal.PeopleService;
import tandem.shared.FieldProblem;
import tandem.shared.PageOf;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;
import tandem.shared.ids.PersonId;

/** Administrators add and edit people, their caseload memberships and supporters. */
@Controller
class AdminPeopleController {

    private final CurrentUsers identity;
    private final PeopleApi people;
    private final PeopleService service;
    private final AccessDecisions access;

    AdminPeopleController(CurrentUsers identity, PeopleApi people, PeopleService service, AccessDecisions access) {
        this.identity = identity;
        this.people = people;
        this.service = service;
        this.access = access;
    }

    @GetMapping("/admin/people")
    String list(@RequestParam(required = false) String query, @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser user = identity.require();
        model.addAttribute("result", people.peopleInOrganisation(user.organisationId(), query, Math.max(0, page),
                PeoplePagesController.PAGE_SIZE));
        model.addAttribute("query", query == null ? "" : query);
        return "admin/people";
    }

    @GetMapping("/admin/people/new")
    String newPerson(Model model) {
        return newPage(model, PersonForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/admin/people")
    String create(@ModelAttribute PersonForm form, Model model, RedirectAttributes redirect) {
        try {
            UUID id = service.createPerson(identity.require(), form);
            redirect.addFlashAttribute("flash", "Person added.");
            return "redirect:/admin/people/" + id;
        } catch (InvalidInputException e) {
            return newPage(model, form, new FormErrors(e.problems()));
        } catch (ConflictException e) {
            return newPage(model, form, new FormErrors(List.of(e.problem())));
        }
    }

    @GetMapping("/admin/people/{personId}")
    String edit(@PathVariable UUID personId, Model model) {
        PersonView person = own(personId);
        return editPage(model, person, PersonForm.of(person), person.version(), FormErrors.NONE);
    }

    @PostMapping("/admin/people/{personId}")
    String update(@PathVariable UUID personId, @RequestParam long version, @ModelAttribute PersonForm form, Model model,
            RedirectAttributes redirect) {
        PersonView person = own(personId);
        try {
            service.updatePerson(identity.require(), personId, version, form);
        } catch (InvalidInputException e) {
            return editPage(model, person, form, version, new FormErrors(e.problems()));
        } catch (org.springframework.dao.OptimisticLockingFailureException e) {
            return editPage(model, person, form, version, new FormErrors(List.of(new FieldProblem("givenName",
                    "Someone else changed this person's details since you opened the page. Reload the page to see their changes"))));
        }
        redirect.addFlashAttribute("flash", "Details saved.");
        return "redirect:/admin/people/" + personId;
    }

    @PostMapping("/admin/people/{personId}/caseload")
    String addCaseload(@PathVariable UUID personId, @RequestParam(defaultValue = "") String teamId,
            @RequestParam(defaultValue = "") String from, Model model, RedirectAttributes redirect) {
        PersonView person = own(personId);
        try {
            service.addCaseload(identity.require(), personId, teamId, from);
        } catch (InvalidInputException e) {
            return editPage(model, person, PersonForm.of(person), person.version(), new FormErrors(e.problems()));
        }
        redirect.addFlashAttribute("flash", "Added to the team's caseload.");
        return "redirect:/admin/people/" + personId;
    }

    @PostMapping("/admin/people/{personId}/caseload/{caseloadId}/end")
    String endCaseload(@PathVariable UUID personId, @PathVariable UUID caseloadId,
            @RequestParam(defaultValue = "") String to, Model model, RedirectAttributes redirect) {
        PersonView person = own(personId);
        try {
            service.endCaseload(identity.require(), personId, caseloadId, to);
        } catch (InvalidInputException e) {
            return editPage(model, person, PersonForm.of(person), person.version(), new FormErrors(e.problems()));
        }
        redirect.addFlashAttribute("flash", "Caseload membership ended.");
        return "redirect:/admin/people/" + personId;
    }

    @PostMapping("/admin/people/{personId}/supporters")
    String addSupporter(@PathVariable UUID personId, @RequestParam(defaultValue = "") String username,
            @RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String relationship,
            @RequestParam(required = false) List<String> shares, Model model, RedirectAttributes redirect) {
        PersonView person = own(personId);
        try {
            service.addSupporter(identity.require(), personId, username, password, relationship, shares);
        } catch (InvalidInputException e) {
            return editPage(model, person, PersonForm.of(person), person.version(), new FormErrors(e.problems()));
        } catch (ConflictException e) {
            return editPage(model, person, PersonForm.of(person), person.version(), new FormErrors(List.of(e.problem())));
        }
        redirect.addFlashAttribute("flash", "Supporter linked.");
        return "redirect:/admin/people/" + personId;
    }

    private PersonView own(UUID personId) {
        CurrentUser user = identity.require();
        access.openDirectoryEntry(user, PersonId.of(personId));
        return people.person(PersonId.of(personId)).filter(p -> p.organisationId().equals(user.organisationId()))
                .orElseThrow(PersonNotFoundException::new);
    }

    private String newPage(Model model, PersonForm form, FormErrors errors) {
        CurrentUser user = identity.require();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("teams", people.teams(user.organisationId()));
        return "admin/personNew";
    }

    private String editPage(Model model, PersonView person, PersonForm form, long version, FormErrors errors) {
        CurrentUser user = identity.require();
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("version", version);
        model.addAttribute("errors", errors);
        model.addAttribute("teams", people.teams(user.organisationId()));
        model.addAttribute("caseload", people.caseloadEntries(person.id()));
        model.addAttribute("supporters", service.supporterLinksWithNames(person.id().value()));
        model.addAttribute("shareOptions", List.of(Share.PROFILE));
        return "admin/personEdit";
    }

}
