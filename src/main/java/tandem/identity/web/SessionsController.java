package tandem.identity.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.SignedInSessions;
import tandem.identity.SmartApps;

/** "Your signed-in devices": the caller's own sessions, each of which they can sign out. */
@Controller
class SessionsController {

    private final CurrentUsers identity;
    private final SignedInSessions sessions;
    private final SmartApps apps;

    SessionsController(CurrentUsers identity, SignedInSessions sessions, SmartApps apps) {
        this.identity = identity;
        this.sessions = sessions;
        this.apps = apps;
    }

    @GetMapping("/account/sessions")
    String list(HttpServletRequest request, Model model) {
        CurrentUser user = identity.require();
        model.addAttribute("devices", sessions.ofAccount(user, request.getSession().getId()));
        model.addAttribute("apps", apps.connected(user));
        return "identity/sessions";
    }

    @PostMapping("/account/sessions/{handle}/end")
    String end(@PathVariable UUID handle, RedirectAttributes redirect) {
        sessions.end(identity.require(), handle);
        redirect.addFlashAttribute("flash", "That device is signed out.");
        return "redirect:/account/sessions";
    }

    @PostMapping("/account/sessions/end-others")
    String endOthers(HttpServletRequest request, RedirectAttributes redirect) {
        int ended = sessions.endOthers(identity.require(), request.getSession().getId());
        redirect.addFlashAttribute("flash", ended == 1 ? "1 other device is signed out." : ended + " other devices are signed out.");
        return "redirect:/account/sessions";
    }
}
