package tandem.recovery.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

import tandem.recovery.CrisisPlans;
import tandem.recovery.Goals;
import tandem.recovery.PlanOverview;
import tandem.recovery.PlanSections;

/** The plan's front page, the history of its versions and the CHIME profile. */
@Controller
@RequestMapping({"/me/plan", "/people/{personId}/plan"})
class PlanOverviewPages {

    private final PlanSections sections;
    private final Goals goals;
    private final CrisisPlans crisis;
    private final PlanOverview overview;

    PlanOverviewPages(PlanSections sections, Goals goals, CrisisPlans crisis, PlanOverview overview) {
        this.sections = sections;
        this.goals = goals;
        this.crisis = crisis;
        this.overview = overview;
    }

    @GetMapping
    String overview(PlanContext c, Model model) {
        model.addAttribute("values", sections.values(c.user(), c.person()).stream().findFirst().orElse(null));
        model.addAttribute("strengths", sections.strengths(c.user(), c.person()).stream().findFirst().orElse(null));
        model.addAttribute("goals", goals.goals(c.user(), c.person()));
        model.addAttribute("suggestions", goals.openGoalSuggestions(c.user(), c.person()));
        model.addAttribute("crisis", crisis.versions(c.user(), c.person()).stream().findFirst().orElse(null));
        return "recovery/overview";
    }

    @GetMapping("/history")
    String history(PlanContext c, Model model) {
        model.addAttribute("values", sections.values(c.user(), c.person()));
        model.addAttribute("strengths", sections.strengths(c.user(), c.person()));
        return "recovery/history";
    }

    @GetMapping("/chime")
    String chime(PlanContext c, Model model) {
        model.addAttribute("processes", overview.chimeProfile(c.user(), c.person()));
        return "recovery/chime";
    }
}
