package tandem.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tandem.identity.SecondFactors;

/** Staff set up a TOTP second factor (required for service leads and administrators). */
@Controller
class SecondFactorSetupController {

    private final SecondFactors secondFactor;

    SecondFactorSetupController(SecondFactors secondFactor) {
        this.secondFactor = secondFactor;
    }

    @GetMapping("/account/second-factor")
    String form(HttpServletRequest request, Model model) {
        model.addAttribute("setup", secondFactor.setup(request.getSession()));
        model.addAttribute("error", null);
        return "identity/setupSecondFactor";
    }

    @PostMapping("/account/second-factor")
    String confirm(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        if (secondFactor.confirmSetup(request, response, code)) {
            redirect.addFlashAttribute("flash", "Your second factor is set up. You will be asked for a code when you sign in.");
            return "redirect:/";
        }
        model.addAttribute("setup", secondFactor.setup(request.getSession()));
        model.addAttribute("error", "The code is not right. Enter the 6-digit code your app shows now.");
        return "identity/setupSecondFactor";
    }
}
