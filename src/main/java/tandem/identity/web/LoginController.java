package tandem.identity.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tandem.identity.SecondFactors;

@Controller
class LoginController {

    private final SecondFactors secondFactor;
    private final tandem.identity.SingleSignOn sso;

    LoginController(SecondFactors secondFactor, tandem.identity.SingleSignOn sso) {
        this.secondFactor = secondFactor;
        this.sso = sso;
    }

    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        String message = null;
        if (request.getParameter("error") != null) {
            message = "The username or password is not right. Check them and try again.";
        } else if (request.getParameter("wait") != null) {
            message = "There have been too many attempts to sign in. Wait a few minutes, then try again.";
        } else if (request.getParameter("sso") != null) {
            message = "Staff sign in with their organisation account here. Use the button below.";
        }
        model.addAttribute("error", message);
        model.addAttribute("signedOut", request.getParameter("signedOut") != null);
        model.addAttribute("staffSso", sso.staffConfigured());
        model.addAttribute("personSso", sso.personConfigured());
        return "identity/login";
    }

    @GetMapping("/login/second-factor")
    String secondFactorForm(Model model) {
        model.addAttribute("error", null);
        return "identity/secondFactor";
    }

    @PostMapping("/login/second-factor")
    String secondFactor(@RequestParam(defaultValue = "") String code, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        return switch (secondFactor.verifyAtSignIn(request, response, code)) {
            case OK -> "redirect:/";
            case WRONG_CODE -> {
                model.addAttribute("error", "The code is not right. Enter the 6-digit code your app shows now.");
                yield "identity/secondFactor";
            }
            case MUST_WAIT -> {
                model.addAttribute("error", "There have been too many wrong codes. Wait 15 minutes, then try again.");
                yield "identity/secondFactor";
            }
        };
    }
}
