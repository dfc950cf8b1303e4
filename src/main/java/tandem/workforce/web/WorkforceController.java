package tandem.workforce.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.web.FormErrors;
import tandem.workforce.LivedExperience;
import tandem.workforce.PeerRole;
import tandem.workforce.PeerWorkforce;
import tandem.shared.ids.TypedId;

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
        model.addAttribute("record", peers.record(user, TypedId.uuid(user.staffId())));
        model.addAttribute("errors", errors);
        return "workforce/me";
    }

    @PostMapping("/workforce/me/lived-experience")
    String saveMine(@RequestParam(defaultValue = "") String hasLivedExperience, @RequestParam(defaultValue = "") String usesItOpenly,
            Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        Boolean has = yesNo(hasLivedExperience);
        Boolean openly = "no".equals(hasLivedExperience) && usesItOpenly.isEmpty() ? Boolean.FALSE : yesNo(usesItOpenly);
        try {
            lived.saveMine(user, has, openly);
        } catch (InvalidInputException e) {
            return mePage(model, user, new LivedExperience.Answer(has, openly), new FormErrors(e.problems()));
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
    String staff(@PathVariable UUID staffId, Model model) {
        CurrentUser user = identity.require();
        return staffPage(model, user, staffId, FormErrors.NONE, Map.of());
    }

    private String staffPage(Model model, CurrentUser user, UUID staffId, FormErrors errors, Map<String, String> form) {
        if (user.staffId() == null) {
            throw new NotFoundException("Staff member");
        }
        model.addAttribute("record", peers.record(user, staffId));
        model.addAttribute("roles", PeerRole.values());
        model.addAttribute("supervisors", peers.supervisors(user));
        model.addAttribute("lead", user.has(tandem.identity.Role.SERVICE_LEAD));
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        return "workforce/staff";
    }

    @PostMapping("/workforce/staff/{staffId}/roles")
    String roles(@PathVariable UUID staffId, @RequestParam(required = false) List<String> roles, RedirectAttributes redirect) {
        peers.setRoles(identity.require(), staffId, roles);
        redirect.addFlashAttribute("flash", "Peer roles saved.");
        return "redirect:/workforce/staff/" + staffId;
    }

    @PostMapping("/workforce/staff/{staffId}/supervision")
    String supervision(@PathVariable UUID staffId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        try {
            peers.addSupervision(user, staffId, params.get("supervisorId"), params.get("heldOn"), params.get("notes"),
                    params.get("nextOn"));
        } catch (InvalidInputException e) {
            return staffPage(model, user, staffId, new FormErrors(e.problems()), params);
        }
        redirect.addFlashAttribute("flash", "Supervision recorded.");
        return "redirect:/workforce/staff/" + staffId;
    }

    @PostMapping("/workforce/staff/{staffId}/training")
    String training(@PathVariable UUID staffId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        try {
            peers.addTraining(user, staffId, params.get("course"), "true".equals(params.get("coProduced")),
                    params.get("completedOn"), params.get("expiresOn"));
        } catch (InvalidInputException e) {
            return staffPage(model, user, staffId, new FormErrors(e.problems()), params);
        }
        redirect.addFlashAttribute("flash", "Training recorded.");
        return "redirect:/workforce/staff/" + staffId;
    }

    private static Boolean yesNo(String s) {
        return "yes".equals(s) ? Boolean.TRUE : "no".equals(s) ? Boolean.FALSE : null;
    }
}
