package tandem.change.web;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.change.TeamPriorities.PlanChange;
import tandem.change.TeamPriorities.TeamPlan;
import tandem.change.TeamPriorities;
import tandem.change.web.ChangeForms.TripForm;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.shared.ids.TeamId;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** A team's priorities (TRIP): its members read them, the service lead writes a new version at each review. */
@Controller
class TeamPrioritiesController {

    private final CurrentUsers identity;
    private final TeamPriorities priorities;
    private final ChangePages pages;

    TeamPrioritiesController(CurrentUsers identity, TeamPriorities priorities, ChangePages pages) {
        this.identity = identity;
        this.priorities = priorities;
        this.pages = pages;
    }

    @GetMapping("/change/teams/{teamId}")
    String trip(@PathVariable TeamId teamId, Model model) {
        return tripPage(model, priorities.plan(identity.require(), teamId), TripForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping("/change/teams/{teamId}")
    String saveTrip(@PathVariable TeamId teamId, @Valid @ModelAttribute("form") TripForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser lead = identity.require();
        TeamPlan plan = priorities.planToEdit(lead, teamId); // the service lead's only, before the form is looked at
        PlanChange change = new PlanChange(form.openedVersion(), form.resources(), form.challenges(), form.texts(), form.reviewOn());
        if (Forms.attempt(binding, () -> priorities.save(lead, teamId, change)).isEmpty()) {
            return tripPage(model, plan, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Saved as a new version. The earlier priorities are kept below.");
        return "redirect:/change/teams/" + teamId;
    }

    private String tripPage(Model model, TeamPlan plan, TripForm form, FormErrors errors) {
        pages.common(model);
        model.addAttribute("team", plan.team());
        model.addAttribute("trips", plan.trips());
        model.addAttribute("lead", plan.editable());
        model.addAttribute("benchmark", plan.benchmark());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "change/trip";
    }
}
