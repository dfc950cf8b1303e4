package tandem.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.identity.CurrentUsers;
import tandem.identity.SingleSignOn;
import tandem.shared.error.RuleRefusedException;

/** Administrators: whether staff must use single sign-on, and staff whose single sign-on has not been used lately (leavers). */
@Controller
class SingleSignOnAdminController {

    private final SingleSignOn sso;
    private final CurrentUsers users;

    SingleSignOnAdminController(SingleSignOn sso, CurrentUsers users) {
        this.sso = sso;
        this.users = users;
    }

    @GetMapping("/admin/sso")
    String page(Model model) {
        model.addAttribute("staffConfigured", sso.staffConfigured());
        model.addAttribute("personConfigured", sso.personConfigured());
        model.addAttribute("required", sso.requiredForStaff());
        model.addAttribute("days", sso.reviewAfterDays());
        model.addAttribute("unused", sso.unusedStaffSignIns(users.require()));
        return "identity/ssoAdmin";
    }

    @PostMapping("/admin/sso/required")
    String required(@RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
        try {
            sso.setRequiredForStaff(users.require(), required);
            redirect.addFlashAttribute("flash", required ? "Staff must now sign in with single sign-on."
                    : "Staff may sign in with their Tandem password again.");
        } catch (RuleRefusedException e) {
            redirect.addFlashAttribute("flash", e.problem().message());
        }
        return "redirect:/admin/sso";
    }
}
