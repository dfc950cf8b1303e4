package tandem.change.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tandem.change.Assessments;
import tandem.change.Assessments.NewAssessment;
import tandem.change.Assessments.RatingIn;
import tandem.change.ChangeViews.Assessment;
import tandem.change.Challenges;
import tandem.change.Scope;
import tandem.identity.CurrentUsers;

/** The change API, as CONTRACT.md says under Organisational change and workforce. */
@RestController
class ChangeApiController {

    record AssessmentIn(String scope, String scopeId, String assessedOn, Integer participants,
            Integer livedExperienceParticipants, List<RatingIn> ratings) {
    }

    record RatingOut(int challenge, String stage, String evidence) {
    }

    record AssessmentOut(UUID id, Scope scope, UUID scopeId, LocalDate assessedOn, int participants,
            int livedExperienceParticipants, List<RatingOut> ratings) {
        static AssessmentOut of(Assessment a) {
            return new AssessmentOut(a.id(), a.scope(), a.scopeId(), a.assessedOn(), a.participants(),
                    a.livedExperienceParticipants(), a.ratings().stream().map(r -> new RatingOut(r.challenge(), r.stage(),
                            r.evidence())).toList());
        }
    }

    private final CurrentUsers identity;
    private final Assessments assessments;

    ChangeApiController(CurrentUsers identity, Assessments assessments) {
        this.identity = identity;
        this.assessments = assessments;
    }

    @GetMapping("/api/v1/change/challenges")
    List<Challenges.Challenge> challenges() {
        identity.require();
        return Challenges.ALL;
    }

    @PostMapping("/api/v1/change/assessments")
    ResponseEntity<AssessmentOut> assess(@RequestBody AssessmentIn in) {
        Assessment a = assessments.assess(identity.require(), new NewAssessment(in.scope(), in.scopeId(), in.assessedOn(),
                in.participants(), in.livedExperienceParticipants(), in.ratings(), List.of()));
        return ResponseEntity.created(URI.create("/api/v1/change/assessments/" + a.id())).body(AssessmentOut.of(a));
    }

    @GetMapping("/api/v1/change/assessments")
    List<AssessmentOut> assessments(@RequestParam(required = false) String scope, @RequestParam(required = false) String scopeId) {
        return assessments.assessments(identity.require(), scope, scopeId).stream().map(AssessmentOut::of).toList();
    }
}
