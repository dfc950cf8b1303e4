package tandem.recovery.web;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.recovery.CoachingSessions;
import tandem.recovery.Goals;
import tandem.recovery.Style;
import tandem.recovery.web.PlanForms.ReflectionForm;
import tandem.recovery.web.PlanForms.SessionForm;
import tandem.shared.TandemClock;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** Coaching session notes: written by a peer worker, with the person's reflection beside each. */
@Controller
@RequestMapping({"/me/plan", "/people/{personId}/plan"})
class SessionPages {

    private final CoachingSessions sessions;
    private final Goals goals;
    private final TandemClock clock;

    SessionPages(CoachingSessions sessions, Goals goals, TandemClock clock) {
        this.sessions = sessions;
        this.goals = goals;
        this.clock = clock;
    }

    @GetMapping("/sessions")
    String sessions(PlanContext c, Model model) {
        return sessionsPage(c, model, new SessionForm(clock.today().toString(), null, "", List.of()), FormErrors.NONE);
    }

    private String sessionsPage(PlanContext c, Model model, SessionForm form, FormErrors errors) {
        model.addAttribute("sessions", sessions.sessions(c.user(), c.person()));
        model.addAttribute("goals", goals.goals(c.user(), c.person()));
        model.addAttribute("styles", Style.values());
        model.addAttribute("form", form);
        model.addAttribute("wording", List.of());
        model.addAttribute("errors", errors);
        return "recovery/sessions";
    }

    @PostMapping("/sessions")
    String writeSession(@WorkerOnly PlanContext c, @ModelAttribute SessionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var saved = Forms.attempt(binding, () -> sessions.write(c.user(), c.person(), form.heldOn(), form.style(), form.notes(),
                form.goals()));
        if (saved.isEmpty()) {
            return sessionsPage(c, model, form, FormErrors.of(binding));
        }
        if (!saved.get().wording().isEmpty()) {
            redirect.addFlashAttribute("flash", "Saved. A gentle check: peer notes use everyday words. You wrote "
                    + String.join(", ", saved.get().wording()) + ". You can add a clearer note any time.");
        } else {
            redirect.addFlashAttribute("flash", "Saved. " + c.firstName() + " can read this note and add their own reflection.");
        }
        return "redirect:" + c.base() + "/sessions";
    }

    @PostMapping("/sessions/{sessionId}/reflection")
    String reflect(@PersonOnly PlanContext c, @PathVariable UUID sessionId, @ModelAttribute ReflectionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (!Forms.attempt(binding, () -> sessions.reflect(c.user(), c.person(), sessionId,
                form.reflection() == null ? "" : form.reflection()))) {
            return sessionsPage(c, model, new SessionForm("", null, "", List.of()), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Your reflection is saved beside the note.");
        return "redirect:/me/plan/sessions";
    }
}
