package tandem.people.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
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
import tandem.people.PeopleAdministration;
import tandem.people.web.PeopleForms.CaseloadEndForm;
import tandem.people.web.PeopleForms.CaseloadForm;
import tandem.people.web.PeopleForms.SupporterForm;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;
import tandem.shared.ids.PersonId;

/** Administrators add and edit people, their caseload memberships and supporters. */
@Controller
class AdminPeopleController {

    private final CurrentUsers identity;
    private final PeopleApi people;
    private final PeopleAdministration service;
    private final AccessDecisions access;

    AdminPeopleController(CurrentUsers identity, PeopleApi people, PeopleAdministration service, AccessDecisions access) {
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
    String create(@ModelAttribute PersonForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Optional<PersonId> id = Forms.attempt(binding, () -> service.createPerson(identity.require(), form));
        if (id.isEmpty()) {
            return newPage(model, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Person added.");
        return "redirect:/admin/people/" + id.get();
    }

    @GetMapping("/admin/people/{personId}")
    String edit(@PathVariable PersonId personId, Model model) {
        PersonView person = own(personId);
        return editPage(model, person, PersonForm.of(person), person.version(), FormErrors.NONE);
    }

    @PostMapping("/admin/people/{personId}")
    String update(@PathVariable PersonId personId, @RequestParam long version, @ModelAttribute PersonForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        PersonView person = own(personId);
        if (!Forms.attempt(binding, () -> service.updatePerson(identity.require(), personId, version, form))) {
            return editPage(model, person, form, version, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Details saved.");
        return "redirect:/admin/people/" + personId;
    }

    @PostMapping("/admin/people/{personId}/caseload")
    String addCaseload(@PathVariable PersonId personId, @Valid @ModelAttribute CaseloadForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        PersonView person = own(personId);
        if (Forms.attempt(binding, () -> service.addCaseload(identity.require(), personId, form.teamId(), form.from())).isEmpty()) {
            return editPage(model, person, PersonForm.of(person), person.version(), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Added to the team's caseload.");
        return "redirect:/admin/people/" + personId;
    }

    @PostMapping("/admin/people/{personId}/caseload/{caseloadId}/end")
    String endCaseload(@PathVariable PersonId personId, @PathVariable UUID caseloadId, @Valid @ModelAttribute CaseloadEndForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        PersonView person = own(personId);
        if (!Forms.attempt(binding, () -> service.endCaseload(identity.require(), personId, caseloadId, form.to()))) {
            return editPage(model, person, PersonForm.of(person), person.version(), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Caseload membership ended.");
        return "redirect:/admin/people/" + personId;
    }

    @PostMapping("/admin/people/{personId}/supporters")
    String addSupporter(@PathVariable PersonId personId, @Valid @ModelAttribute SupporterForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        PersonView person = own(personId);
        if (Forms.attempt(binding, () -> service.addSupporter(identity.require(), personId, form.username(), form.password(),
                form.relationship(), form.shares())).isEmpty()) {
            return editPage(model, person, PersonForm.of(person), person.version(), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Supporter linked.");
        return "redirect:/admin/people/" + personId;
    }

    private PersonView own(PersonId personId) {
        CurrentUser user = identity.require();
        access.openDirectoryEntry(user, personId);
        return people.person(personId).filter(p -> p.organisationId().equals(user.organisationId()))
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
        model.addAttribute("supporters", people.supportersOf(person.id()));
        model.addAttribute("shareOptions", List.of(Share.PROFILE));
        return "admin/personEdit";
    }

}
