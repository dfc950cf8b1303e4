package tandem.workforce.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.Role;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.StaffId;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;
import tandem.workforce.LivedExperience;
import tandem.workforce.PeerRole;
import tandem.workforce.PeerWorkforce;
import tandem.workforce.web.WorkforceForms.LivedExperienceForm;
import tandem.workforce.web.WorkforceForms.RolesForm;
import tandem.workforce.web.WorkforceForms.SupervisionForm;
import tandem.workforce.web.WorkforceForms.TrainingForm;

/** Workforce pages: a staff member's own page, a staff record, and the service lead's dashboard. */
@Controller
class WorkforceController {

    private final CurrentUsers identity;
    private final LivedExperience lived;
    private final PeerWorkforce peers;

    WorkforceController(CurrentUsers identity, LivedExperience lived, PeerWorkforce peers) {
        this.identity = identity;
        this.lived = lived;
        this.peers = peers;
    }

    @GetMapping("/workforce/me")
    String me(Model model) {
        CurrentUser user = identity.require();
        return mePage(model, user, lived.mine(user), FormErrors.NONE);
    }

    private String mePage(Model model, CurrentUser user, LivedExperience.Answer answer, FormErrors errors) {
        model.addAttribute("answer", answer);
        model.addAttribute("record", peers.record(user, user.staffId()));
        model.addAttribute("errors", errors);
        return "workforce/me";
    }

    /** No checks of its own: the module refuses a non-staff user, and says which answers are missing. */
    @PostMapping("/workforce/me/lived-experience")
    String saveMine(@Valid @ModelAttribute("form") LivedExperienceForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        if (!Forms.attempt(binding, () -> lived.saveMine(user, form.has(), form.openly())).isPresent()) {
            return mePage(model, user, new LivedExperience.Answer(form.has(), form.openly()), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Saved. Only you can see your answer; reports show counts only.");
        return "redirect:/workforce/me";
    }

    @GetMapping("/workforce")
    String dashboard(Model model) {
        model.addAttribute("dashboard", peers.dashboard(identity.require()));
        return "workforce/dashboard";
    }

    @GetMapping("/workforce/staff/{staffId}")
    String staff(@PathVariable StaffId staffId, Model model) {
        CurrentUser user = identity.require();
        return staffPage(model, user, staffId, FormErrors.NONE, SupervisionForm.EMPTY, TrainingForm.EMPTY);
    }

    private String staffPage(Model model, CurrentUser user, StaffId staffId, FormErrors errors, SupervisionForm supervision,
            TrainingForm training) {
        if (user.staffId() == null) {
            throw new NotFoundException("Staff member");
        }
        model.addAttribute("record", peers.record(user, staffId));
        model.addAttribute("roles", PeerRole.values());
        model.addAttribute("supervisors", peers.supervisors(user));
        model.addAttribute("lead", user.has(Role.SERVICE_LEAD));
        model.addAttribute("errors", errors);
        model.addAttribute("supervision", supervision);
        model.addAttribute("training", training);
        return "workforce/staff";
    }

    /** Not shown again on a refusal: the roles are ticked from a list, so a role not on it was not sent by this page (400). */
    @PostMapping("/workforce/staff/{staffId}/roles")
    String roles(@PathVariable StaffId staffId, @ModelAttribute("form") RolesForm form, RedirectAttributes redirect) {
        peers.setRoles(identity.require(), staffId, form.roles());
        redirect.addFlashAttribute("flash", "Peer roles saved.");
        return "redirect:/workforce/staff/" + staffId;
    }

    @PostMapping("/workforce/staff/{staffId}/supervision")
    String supervision(@PathVariable StaffId staffId, @Valid @ModelAttribute("supervision") SupervisionForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        // Who may write is decided before the form is looked at: a refused writer never sees what the form lacks.
        peers.checkSupervisionWriter(user, staffId, form.supervisorId());
        if (!Forms.attempt(binding, () -> peers.addSupervision(user, staffId, form.supervisorId(), form.heldOn(), form.notes(),
                form.nextOn()))) {
            return staffPage(model, user, staffId, FormErrors.of(binding), form, TrainingForm.EMPTY);
        }
        redirect.addFlashAttribute("flash", "Supervision recorded.");
        return "redirect:/workforce/staff/" + staffId;
    }

    @PostMapping("/workforce/staff/{staffId}/training")
    String training(@PathVariable StaffId staffId, @Valid @ModelAttribute("training") TrainingForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        peers.checkTrainingWriter(user, staffId); // the service lead's only, before the form is looked at
        if (!Forms.attempt(binding, () -> peers.addTraining(user, staffId, form.course(), form.coProducedTicked(), form.completedOn(),
                form.expiresOn()))) {
            return staffPage(model, user, staffId, FormErrors.of(binding), SupervisionForm.EMPTY, form);
        }
        redirect.addFlashAttribute("flash", "Training recorded.");
        return "redirect:/workforce/staff/" + staffId;
    }
}
