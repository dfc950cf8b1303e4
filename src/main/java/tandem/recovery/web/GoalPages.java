package tandem.recovery.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.measures.scoring.Chime;
import tandem.recovery.GoalStatus;
import tandem.recovery.Goals;
import tandem.recovery.Level;
import tandem.recovery.web.PlanForms.ReviewForm;
import tandem.recovery.web.PlanForms.StepForm;
import tandem.recovery.web.PlanForms.SuggestionForm;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/**
 * The person's goals: written and changed only by the person, rated by the person and their workers
 * side by side, with steps and with suggestions a worker offers and the person may take up or decline.
 * The goal form has a field per attainment level ({@code level-2} … {@code level2}) and one checkbox per
 * CHIME process, so it is bound as the map of its fields.
 */
@Controller
@RequestMapping({"/me/plan", "/people/{personId}/plan"})
class GoalPages {

    private final Goals goals;

    GoalPages(Goals goals) {
        this.goals = goals;
    }

    @GetMapping("/goals/new")
    String newGoal(@PersonOnly PlanContext c, @RequestParam(required = false) UUID suggestion, Model model) {
        Map<String, String> form = new HashMap<>();
        if (suggestion != null) {
            var s = goals.suggestion(c.user(), c.person(), suggestion);
            form.put("text", s.text());
            form.put("suggestion", s.id().toString());
            model.addAttribute("suggested", s);
        }
        return goalForm(model, null, form, FormErrors.NONE);
    }

    @PostMapping("/goals")
    String createGoal(@PersonOnly PlanContext c, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        Map<String, String> form = formOf(params);
        var binding = new MapBindingResult(form, "form");
        var goal = Forms.attempt(binding, () -> goals.create(c.user(), c.person(), draft(params),
                PlanForms.id(params.getFirst("suggestion"))));
        if (goal.isEmpty()) {
            return goalForm(model, null, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Your goal is in your plan. Add the first steps when you are ready.");
        return "redirect:/me/plan/goals/" + goal.get().id();
    }

    @GetMapping("/goals/{goalId}")
    String goal(PlanContext c, @PathVariable UUID goalId, Model model) {
        return goalPage(c, goalId, model, StepForm.empty(), FormErrors.NONE);
    }

    private String goalPage(PlanContext c, UUID goalId, Model model, StepForm step, FormErrors errors) {
        model.addAttribute("goal", goals.goal(c.user(), c.person(), goalId));
        model.addAttribute("statuses", GoalStatus.values());
        model.addAttribute("step", step);
        model.addAttribute("errors", errors);
        return "recovery/goal";
    }

    @GetMapping("/goals/{goalId}/edit")
    String editGoal(@PersonOnly PlanContext c, @PathVariable UUID goalId, Model model) {
        var g = goals.goal(c.user(), c.person(), goalId);
        Map<String, String> form = new HashMap<>();
        form.put("text", g.current().text());
        form.put("version", String.valueOf(g.current().version()));
        form.put("weight", g.weight() == null ? "" : g.weight().stripTrailingZeros().toPlainString());
        g.current().levels().forEach((k, v) -> form.put("level" + k, v));
        g.current().chime().forEach(ch -> form.put("chime-" + ch.name(), "on"));
        return goalForm(model, goalId, form, FormErrors.NONE);
    }

    @PostMapping("/goals/{goalId}")
    String updateGoal(@PersonOnly PlanContext c, @PathVariable UUID goalId, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        Map<String, String> form = formOf(params);
        var binding = new MapBindingResult(form, "form");
        if (Forms.attempt(binding, () -> goals.edit(c.user(), c.person(), goalId, PlanForms.version(params.getFirst("version")),
                draft(params))).isEmpty()) {
            return goalForm(model, goalId, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Saved as a new version. The earlier wording is kept.");
        return "redirect:/me/plan/goals/" + goalId;
    }

    @PostMapping("/goals/{goalId}/status")
    String status(@PersonOnly PlanContext c, @PathVariable UUID goalId, @RequestParam(defaultValue = "") String status,
            RedirectAttributes redirect) {
        goals.setStatus(c.user(), c.person(), goalId, status);
        redirect.addFlashAttribute("flash", "Saved.");
        return "redirect:/me/plan/goals/" + goalId;
    }

    @PostMapping("/goals/{goalId}/steps")
    String addStep(@PersonOnly PlanContext c, @PathVariable UUID goalId, @ModelAttribute StepForm step, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (Forms.attempt(binding, () -> goals.addStep(c.user(), c.person(), goalId, nz(step.what()), nz(step.who()),
                nz(step.dueOn()), PlanForms.id(step.suggestion()))).isEmpty()) {
            return goalPage(c, goalId, model, step, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Step added.");
        return "redirect:/me/plan/goals/" + goalId;
    }

    @PostMapping("/goals/{goalId}/steps/{stepId}/done")
    String stepDone(@PersonOnly PlanContext c, @PathVariable UUID goalId, @PathVariable UUID stepId, RedirectAttributes redirect) {
        goals.stepDone(c.user(), c.person(), goalId, stepId);
        redirect.addFlashAttribute("flash", "Well done: marked as done.");
        return "redirect:/me/plan/goals/" + goalId;
    }

    @PostMapping("/goals/{goalId}/reviews")
    String review(PlanContext c, @PathVariable UUID goalId, @ModelAttribute ReviewForm review, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(binding, () -> goals.review(c.user(), c.person(), goalId, nz(review.level()), nz(review.note()))).isEmpty()) {
            return goalPage(c, goalId, model, StepForm.empty(), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", c.self() ? "Your rating is saved, beside your worker's." : "Your rating is saved, beside "
                + c.firstName() + "'s own.");
        return "redirect:" + c.base() + "/goals/" + goalId;
    }

    @PostMapping("/suggestions")
    String suggest(@WorkerOnly PlanContext c, @ModelAttribute SuggestionForm form, RedirectAttributes redirect) {
        UUID goalId = PlanForms.id(form.goalId());
        String back = "redirect:" + c.base() + (goalId == null ? "" : "/goals/" + goalId);
        try {
            goals.suggest(c.user(), c.person(), goalId, nz(form.text()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "Nothing was suggested: " + e.problems().get(0).message() + ".");
            return back;
        }
        redirect.addFlashAttribute("flash", "Suggested. It becomes part of " + c.firstName()
                + "'s plan only if they accept it, in their own words.");
        return back;
    }

    @PostMapping("/suggestions/{suggestionId}/decline")
    String decline(@PersonOnly PlanContext c, @PathVariable UUID suggestionId, RedirectAttributes redirect) {
        goals.decline(c.user(), c.person(), suggestionId);
        redirect.addFlashAttribute("flash", "Declined. Your worker can see that you chose not to take it up.");
        return "redirect:/me/plan";
    }

    private String goalForm(Model model, UUID goalId, Map<String, String> form, FormErrors errors) {
        model.addAttribute("goalId", goalId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("chimes", Chime.values());
        model.addAttribute("levels", Level.ALL);
        return "recovery/goalForm";
    }

    private static Goals.Draft draft(MultiValueMap<String, String> params) {
        Map<String, String> levels = new HashMap<>();
        for (int l : Level.ALL) {
            levels.put(String.valueOf(l), params.getFirst("level" + l));
        }
        return new Goals.Draft(params.getFirst("text"), params.get("chime"), levels, params.getFirst("weight"));
    }

    private static Map<String, String> formOf(MultiValueMap<String, String> params) {
        Map<String, String> form = new HashMap<>(params.toSingleValueMap());
        for (String ch : params.getOrDefault("chime", List.of())) {
            form.put("chime-" + ch, "on");
        }
        return form;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
