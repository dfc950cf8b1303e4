package tandem.people.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.audit.AuditLog;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.people.PeopleApi;
import tandem.people.internal.PeopleService;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;

/** Administration: the organisation's structure and the audit chain check. Administrators only. */
@Controller
class AdminController {

    private final CurrentUsers identity;
    private final PeopleApi people;
    private final PeopleService service;
    private final AuditLog audit;

    AdminController(CurrentUsers identity, PeopleApi people, PeopleService service, AuditLog audit) {
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
    String addSite(@RequestParam(defaultValue = "") String siteName, Model model, RedirectAttributes redirect) {
        try {
            service.addSite(identity.require(), siteName);
        } catch (InvalidInputException e) {
            return organisationPage(model, new FormErrors(e.problems()), siteName, "", "");
        } catch (ConflictException e) {
            return organisationPage(model, new FormErrors(java.util.List.of(e.problem())), siteName, "", "");
        }
        redirect.addFlashAttribute("flash", "Site added.");
        return "redirect:/admin/organisation";
    }

    @PostMapping("/admin/teams")
    String addTeam(@RequestParam(defaultValue = "") String teamName, @RequestParam(defaultValue = "") String siteId,
            Model model, RedirectAttributes redirect) {
        try {
            service.addTeam(identity.require(), siteId, teamName);
        } catch (InvalidInputException e) {
            return organisationPage(model, new FormErrors(e.problems()), "", teamName, siteId);
        } catch (ConflictException e) {
            return organisationPage(model, new FormErrors(java.util.List.of(e.problem())), "", teamName, siteId);
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
