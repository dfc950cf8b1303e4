package tandem.change.web;

import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.change.ActionLearning;
import tandem.change.ChangeViews.Cycle;
import tandem.change.web.ChangeForms.CycleForm;
import tandem.change.web.ChangeForms.StepForm;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.shared.error.ConflictException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** The service lead's action learning cycles: started on a challenge, recorded step by step, closed after the review. */
@Controller
class CycleController {

    private final CurrentUsers identity;
    private final ActionLearning cycles;
    private final ChangePages pages;

    CycleController(CurrentUsers identity, ActionLearning cycles, ChangePages pages) {
        this.identity = identity;
        this.cycles = cycles;
        this.pages = pages;
    }

    @GetMapping("/change/cycles")
    String cycles(Model model) {
        return cyclesPage(model, identity.require(), CycleForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping("/change/cycles")
    String startCycle(@Valid @ModelAttribute("form") CycleForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser lead = identity.require();
        Optional<Cycle> started = Forms.attempt(binding, () -> cycles.start(lead, form.challenge(), form.title()));
        if (started.isEmpty()) {
            return cyclesPage(model, lead, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Started. Record the joint agreement first.");
        return "redirect:/change/cycles/" + started.get().id();
    }

    private String cyclesPage(Model model, CurrentUser lead, CycleForm form, FormErrors errors) {
        model.addAttribute("cycles", cycles.cycles(lead)); // the service lead's only
        pages.common(model);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "change/cycles";
    }

    @GetMapping("/change/cycles/{id}")
    String cycle(@PathVariable UUID id, Model model) {
        return cyclePage(model, cycles.cycle(identity.require(), id), StepForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping("/change/cycles/{id}/steps")
    String step(@PathVariable UUID id, @Valid @ModelAttribute("form") StepForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser lead = identity.require();
        Cycle cycle = cycles.cycle(lead, id); // the service lead's only, before the form is looked at
        if (cycle.closedAt() != null) {
            redirect.addFlashAttribute("flash", "This cycle is closed.");
            return "redirect:/change/cycles/" + id;
        }
        if (!Forms.attempt(binding, () -> cycles.addStep(lead, id, form.step(), form.text(), form.doneOn()))) {
            return cyclePage(model, cycle, form, FormErrors.of(binding));
        }
        return "redirect:/change/cycles/" + id;
    }

    private String cyclePage(Model model, Cycle cycle, StepForm form, FormErrors errors) {
        pages.common(model);
        model.addAttribute("cycle", cycle);
        model.addAttribute("steps", ActionLearning.STEPS);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "change/cycle";
    }

    /** No form: what stops a close (no review yet, closed already) is said in the flash message on the cycle's page. */
    @PostMapping("/change/cycles/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            cycles.close(identity.require(), id);
            redirect.addFlashAttribute("flash", "The cycle is closed.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/change/cycles/" + id;
    }
}
