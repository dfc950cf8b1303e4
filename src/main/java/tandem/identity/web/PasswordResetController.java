package tandem.identity.web;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.identity.PasswordResets;
import tandem.identity.PublicPaths;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** A forgotten password: ask for a link by username, then choose a new password through it. Open to anyone. */
@Controller
class PasswordResetController implements PublicPaths {

    /** The username asked about. */
    record ResetRequest(String username) {
    }

    /** A new password, typed twice. */
    record NewPassword(String password, String confirm) {
    }

    private final PasswordResets resets;

    PasswordResetController(PasswordResets resets) {
        this.resets = resets;
    }

    @Override
    public List<String> patterns() {
        return List.of("/account/reset", "/account/reset/*");
    }

    @GetMapping("/account/reset")
    String form(Model model) {
        model.addAttribute("sent", false);
        return "identity/reset";
    }

    /** The same page whether or not such an account exists. */
    @PostMapping("/account/reset")
    String request(@ModelAttribute ResetRequest form, Model model) {
        resets.request(form.username());
        model.addAttribute("sent", true);
        return "identity/reset";
    }

    @GetMapping("/account/reset/{token}")
    String newPasswordForm(@PathVariable String token, Model model) {
        resets.checkUsable(token);
        return newPasswordPage(model, token, FormErrors.NONE);
    }

    @PostMapping("/account/reset/{token}")
    String reset(@PathVariable String token, @ModelAttribute NewPassword form, BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!Forms.attempt(binding, () -> resets.reset(token, form.password(), form.confirm()))) {
            return newPasswordPage(model, token, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Your password is changed, and every device that was signed in is signed out. Sign in with your new password.");
        return "redirect:/login";
    }

    private static String newPasswordPage(Model model, String token, FormErrors errors) {
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        return "identity/resetNew";
    }
}
