package tandem.workforce.web;

import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tandem.identity.CurrentUsers;
import tandem.shared.ids.SiteId;
import tandem.shared.ids.TeamId;
import tandem.workforce.Counts;
import tandem.workforce.LivedExperience;

/** Lived experience in the JSON API, as CONTRACT.md says under Organisational change and workforce. */
@RestController
class WorkforceApiController {

    record AnswerIn(Boolean hasLivedExperience, Boolean usesItOpenly) {
    }

    private final CurrentUsers identity;
    private final LivedExperience lived;

    WorkforceApiController(CurrentUsers identity, LivedExperience lived) {
        this.identity = identity;
        this.lived = lived;
    }

    @GetMapping("/api/v1/workforce/me/lived-experience")
    LivedExperience.Answer mine() {
        return lived.mine(identity.require());
    }

    @PutMapping("/api/v1/workforce/me/lived-experience")
    LivedExperience.Answer saveMine(@RequestBody AnswerIn in) {
        return lived.saveMine(identity.require(), in.hasLivedExperience(), in.usesItOpenly());
    }

    @GetMapping("/api/v1/workforce/lived-experience")
    Counts report(@RequestParam(required = false) UUID teamId, @RequestParam(required = false) UUID siteId) {
        return lived.report(identity.require(), TeamId.of(teamId), SiteId.of(siteId));
    }
}
