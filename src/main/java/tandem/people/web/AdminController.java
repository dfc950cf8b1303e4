package tandem.people.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.audit.AuditLog;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.people.PeopleApi;
import tandem.people.PeopleAdministration;
import tandem.people.web.PeopleForms.SiteForm;
import tandem.people.web.PeopleForms.TeamForm;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** Administration: the organisation's structure and the audit chain check. Administrators only. */
@Controller
class AdminController {

    private final CurrentUsers identity;
    private final PeopleApi people;
    private final PeopleAdministration service;
    private final AuditLog audit;

    AdminController(CurrentUsers identity, PeopleApi people, PeopleAdministration service, AuditLog audit) {
        this.identity = identity;
        this.people = people;
        this.service = service;
        this.audit = audit;
    }

    @GetMapping("/admin")
    String index(Model model) {
        CurrentUser user = identity.require();
        model.addAttribute("organisation", people.organisation(user.organisationId()).orElseThrow());
        return "admin/index";
    }

    @GetMapping("/admin/organisation")
    String organisation(Model model) {
        return organisationPage(model, FormErrors.NONE, "", "", "");
    }

    @PostMapping("/admin/sites")
    String addSite(@Valid @ModelAttribute SiteForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (Forms.attempt(binding, () -> service.addSite(identity.require(), form.siteName())).isEmpty()) {
            return organisationPage(model, FormErrors.of(binding), form.siteName(), "", "");
        }
        redirect.addFlashAttribute("flash", "Site added.");
        return "redirect:/admin/organisation";
    }

    @PostMapping("/admin/teams")
    String addTeam(@Valid @ModelAttribute TeamForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (Forms.attempt(binding, () -> service.addTeam(identity.require(), form.siteId(), form.teamName())).isEmpty()) {
            return organisationPage(model, FormErrors.of(binding), "", form.teamName(), form.siteId());
        }
        redirect.addFlashAttribute("flash", "Team added.");
        return "redirect:/admin/organisation";
    }

    @GetMapping("/admin/audit")
    String auditCheck(Model model) {
        model.addAttribute("check", audit.verifyChain());
        return "admin/audit";
    }

    private String organisationPage(Model model, FormErrors errors, String siteName, String teamName, String siteId) {
        CurrentUser user = identity.require();
        model.addAttribute("organisation", people.organisation(user.organisationId()).orElseThrow());
        model.addAttribute("sites", people.sites(user.organisationId()));
        model.addAttribute("teams", people.teams(user.organisationId()));
        model.addAttribute("errors", errors);
        model.addAttribute("siteName", siteName);
        model.addAttribute("teamName", teamName);
        model.addAttribute("siteId", siteId);
        return "admin/organisation";
    }
}
