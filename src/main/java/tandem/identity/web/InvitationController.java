package tandem.identity.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.identity.Invitations;
import tandem.identity.OpenInvitation;
import tandem.identity.PublicPaths;
import tandem.identity.SingleSignOn;
import tandem.shared.TandemClock;
import tandem.shared.error.GoneException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/**
 * The link in an invitation: the person chooses a username and a password, which makes their account. Open to
 * anyone holding the link. A link that cannot be used (used, expired, revoked, replaced or made up) gets one
 * plain 410 page that says nothing about which.
 *
 * <p>When people's own sign-in (TANDEM_OIDC_PERSON_*) is set up, the page also offers it: the link is kept in the
 * session while the person signs in with their provider, and once they confirm, their account is made, linked to
 * the provider and to the invited record, and the invitation is used up ({@link SingleSignOn#holdInvitation}).
 */
@Controller
class InvitationController implements PublicPaths {

    /** The username and the password, typed twice. */
    record AcceptForm(String username, String password, String confirm) {
    }

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", Locale.UK);

    private final Invitations invitations;
    private final ShellAdvice shells;
    private final TandemClock clock;
    private final SingleSignOn sso;

    InvitationController(Invitations invitations, ShellAdvice shells, TandemClock clock, SingleSignOn sso) {
        this.invitations = invitations;
        this.sso = sso;
        this.shells = shells;
        this.clock = clock;
    }

    @Override
    public List<String> patterns() {
        return List.of("/invitations/*", "/invitations/*/provider");
    }

    @GetMapping("/invitations/{token}")
    String open(@PathVariable String token, Model model) {
        OpenInvitation invitation = invitations.open(token);
        return page(model, token, invitation, new AcceptForm(invitation.suggestedUsername(), "", ""), FormErrors.NONE);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @ModelAttribute AcceptForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(binding, () -> invitations.accept(token, form.username(), form.password(), form.confirm())).isEmpty()) {
            OpenInvitation invitation = invitations.open(token);
            return page(model, token, invitation, new AcceptForm(form.username(), "", ""), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Your Tandem account is ready. Sign in with the username and password you chose.");
        return "redirect:/login";
    }

    /** The person would rather sign in with their own provider (NHS login style) than choose a password. */
    @PostMapping("/invitations/{token}/provider")
    String provider(@PathVariable String token, HttpServletRequest request) {
        if (!sso.personConfigured()) {
            throw new GoneException("Invitation link");
        }
        return "redirect:" + sso.holdInvitation(request, token);
    }

    /** The same page for every link that cannot be used, with nothing that says why. */
    @ExceptionHandler(GoneException.class)
    ModelAndView gone(HttpServletRequest request) {
        ModelAndView page = new ModelAndView("identity/invitationGone");
        page.addObject("shell", shells.build(request));
        page.setStatus(HttpStatus.GONE);
        return page;
    }

    private String page(Model model, String token, OpenInvitation invitation, AcceptForm form, FormErrors errors) {
        model.addAttribute("token", token);
        model.addAttribute("name", invitation.name());
        model.addAttribute("until", DAY.format(invitation.expiresAt().atZone(clock.zone())));
        model.addAttribute("username", form.username() == null ? "" : form.username());
        model.addAttribute("errors", errors);
        model.addAttribute("provider", sso.personConfigured());
        return "identity/invitation";
    }
}
