package tandem.identity.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tandem.identity.PublicPaths;
import tandem.identity.SingleSignOn;
import tandem.identity.SingleSignOn.Problem;

/** The pages around single sign-on: why it did not work, a person confirming a link, and signing out of the provider. */
@Controller
class SingleSignOnController implements PublicPaths {

    private final SingleSignOn sso;
    private final MessageSource messages;

    SingleSignOnController(SingleSignOn sso, MessageSource messages) {
        this.sso = sso;
        this.messages = messages;
    }

    @Override
    public List<String> patterns() {
        return List.of("/login/sso/**");
    }

    /** Answers with the problem's own status (400, 401, 403 or 503), never more than the problem's fixed words. */
    @GetMapping("/login/sso/problem")
    String problem(@RequestParam(defaultValue = "") String reason, HttpServletResponse response, Model model, Locale locale) {
        Problem problem = Arrays.stream(Problem.values()).filter(p -> p.name().equalsIgnoreCase(reason)).findFirst()
                .orElse(Problem.BAD_REQUEST);
        String key = "identity.sso.problem." + problem.name().toLowerCase(Locale.ROOT);
        response.setStatus(problem.status());
        model.addAttribute("title", messages.getMessage(key + ".title", null, locale));
        model.addAttribute("body", messages.getMessage(key + ".body", null, locale));
        model.addAttribute("college", problem == Problem.PERSON_NOT_LINKED);
        model.addAttribute("passwordHint", messages.getMessage("identity.sso.problem.password", null, locale));
        return "identity/ssoProblem";
    }

    @GetMapping("/login/sso/link")
    String link(HttpServletRequest request, Model model) {
        if (!sso.linkWaiting(request)) {
            return "redirect:/login/sso/problem?reason=expired";
        }
        model.addAttribute("invitation", sso.linkWaitingThroughInvitation(request));
        return "identity/ssoLink";
    }

    @PostMapping("/login/sso/link")
    String confirm(HttpServletRequest request, HttpServletResponse response) {
        if (sso.confirmLink(request, response)) {
            return "redirect:/";
        }
        return "redirect:/login/sso/problem?reason=expired";
    }

    /** Reached from sign-out (a POST, forwarded) when the session came from a provider that offers to end its own session too. */
    @PostMapping("/login/sso/signed-out")
    String signedOut(HttpServletRequest request, Model model) {
        Object url = request.getAttribute(SingleSignOn.END_SESSION_ATTRIBUTE);
        if (!(url instanceof String s)) {
            return "redirect:/login?signedOut";
        }
        model.addAttribute("endSession", s);
        return "identity/ssoSignedOut";
    }
}
