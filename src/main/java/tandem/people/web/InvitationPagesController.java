package tandem.people.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.consent.PersonAccess;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.Invitations;
import tandem.people.web.PeopleForms.InviteForm;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;
import tandem.shared.ids.PersonId;

/** The "Invite to Tandem" form on a person's page, and revoking an invitation, for a worker in the person's care team. */
@Controller
class InvitationPagesController {

    private final CurrentUsers identity;
    private final InvitationAccess access;
    private final Invitations invitations;
    private final PersonPage personPage;

    InvitationPagesController(CurrentUsers identity, InvitationAccess access, Invitations invitations, PersonPage personPage) {
        this.identity = identity;
        this.access = access;
        this.invitations = invitations;
        this.personPage = personPage;
    }

    @PostMapping("/people/{personId}/invitations")
    String invite(@PathVariable PersonId personId, @Valid @ModelAttribute InviteForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        PersonAccess decided = access.requireCareTeam(user, personId);
        if (Forms.attempt(binding, () -> invitations.invite(user, personId, decided.organisationId(), form.email())).isEmpty()) {
            return personPage.show(user, personId, model, form.email() == null ? "" : form.email(), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "The invitation is on its way. Its link works for 7 days.");
        return "redirect:/people/" + personId + "#invitation";
    }

    @PostMapping("/people/{personId}/invitations/{invitationId}/revoke")
    String revoke(@PathVariable PersonId personId, @PathVariable UUID invitationId, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        access.requireCareTeam(user, personId);
        redirect.addFlashAttribute("flash", invitations.revoke(user, personId, invitationId)
                ? "The invitation is revoked. Its link no longer works."
                : "That invitation's link had already stopped working.");
        return "redirect:/people/" + personId + "#invitation";
    }
}
