package tandem.recovery.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import tandem.identity.CurrentUsers;
import tandem.recovery.PlanOverview;

/** For team leads and workers: how far each team's people take part in their own plans. */
@Controller
class ParticipationPage {

    private final CurrentUsers identity;
    private final PlanOverview overview;

    ParticipationPage(CurrentUsers identity, PlanOverview overview) {
        this.identity = identity;
        this.overview = overview;
    }

    @GetMapping("/plan/participation")
    String participation(Model model) {
        model.addAttribute("teams", overview.participation(identity.require()));
        model.addAttribute("days", PlanOverview.REVIEW_DAYS);
        return "recovery/participation";
    }
}
