package tandem.change.web;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import tandem.change.Challenges;
import tandem.change.Stages;
import tandem.shared.web.FormErrors;

/** What every change page shows: the ten challenges and the scale (and no errors unless a form says so). */
@Component
class ChangePages {

    private final Stages stages;

    ChangePages(Stages stages) {
        this.stages = stages;
    }

    void common(Model model) {
        model.addAttribute("challenges", Challenges.ALL);
        model.addAttribute("stages", stages.all());
        model.addAttribute("errors", FormErrors.NONE);
    }
}
