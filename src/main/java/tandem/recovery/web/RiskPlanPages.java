package tandem.recovery.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.recovery.RiskPlans;
import tandem.recovery.web.PlanForms.RiskPlanForm;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/**
 * Positive risk-taking plans, written by the person or a worker and agreed by both: each change is a
 * new version, and an agreement holds for the version it was given to.
 */
@Controller
@RequestMapping({"/me/plan", "/people/{personId}/plan"})
class RiskPlanPages {

    private final RiskPlans risk;
    private final TandemClock clock;

    RiskPlanPages(RiskPlans risk, TandemClock clock) {
        this.risk = risk;
        this.clock = clock;
    }

    @GetMapping("/risk")
    String riskPlans(PlanContext c, Model model) {
        return plansPage(c, model, RiskPlanForm.reviewOn(clock.today().plusMonths(3).toString()), FormErrors.NONE);
    }

    private String plansPage(PlanContext c, Model model, RiskPlanForm form, FormErrors errors) {
        model.addAttribute("plans", risk.plans(c.user(), c.person()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recovery/risk";
    }

    @PostMapping("/risk")
    String newRiskPlan(PlanContext c, @ModelAttribute RiskPlanForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var plan = Forms.attempt(binding, () -> risk.write(c.user(), c.person(), null, 0, form.goal(), form.risks(), form.smaller(),
                form.whoDoesWhat(), form.reviewOn()));
        if (plan.isEmpty()) {
            return plansPage(c, model, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Saved. It is agreed when you both agree this version.");
        return "redirect:" + c.base() + "/risk/" + plan.get().id();
    }

    @GetMapping("/risk/{planId}")
    String riskPlan(PlanContext c, @PathVariable UUID planId, Model model) {
        var plan = risk.plan(c.user(), c.person(), planId);
        return planPage(model, plan, RiskPlanForm.of(plan.current()), FormErrors.NONE);
    }

    private String planPage(Model model, tandem.recovery.PlanViews.RiskPlan plan, RiskPlanForm form, FormErrors errors) {
        model.addAttribute("riskPlan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recovery/riskPlan";
    }

    /**
     * A new version. A stale form (someone saved a version since this one was opened) comes back with
     * what was typed and says so against the version, so nothing written is lost.
     */
    @PostMapping("/risk/{planId}")
    String riskVersion(PlanContext c, @PathVariable UUID planId, @ModelAttribute RiskPlanForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (Forms.attempt(binding, () -> risk.write(c.user(), c.person(), planId, PlanForms.version(form.version()), form.goal(),
                form.risks(), form.smaller(), form.whoDoesWhat(), form.reviewOn())).isEmpty()) {
            return planPage(model, risk.plan(c.user(), c.person(), planId), form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Saved as a new version. Any earlier agreement was for the earlier version.");
        return "redirect:" + c.base() + "/risk/" + planId;
    }

    @PostMapping("/risk/{planId}/agree")
    String agree(PlanContext c, @PathVariable UUID planId, @RequestParam(defaultValue = "-1") int version,
            RedirectAttributes redirect) {
        try {
            var plan = risk.agree(c.user(), c.person(), planId, version);
            redirect.addFlashAttribute("flash", plan.agreed() ? "Agreed by both of you." : "Your agreement is recorded.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:" + c.base() + "/risk/" + planId;
    }
}
