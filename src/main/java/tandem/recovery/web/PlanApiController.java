package tandem.recovery.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.recovery.Goals;
import tandem.recovery.PlanViews.Goal;
import tandem.recovery.PlanViews.GoalVersion;
import tandem.recovery.PlanViews.Review;
import tandem.recovery.PlanViews.Step;
import tandem.recovery.PlanViews.Suggestion;
import tandem.shared.ids.PersonId;

/** Goals in the JSON API, as CONTRACT.md says under Recovery plan. */
@RestController
class PlanApiController {

    record GoalIn(String text, List<String> chime, Map<String, String> levels, Object weight) {
    }

    record SuggestionIn(String text) {
    }

    record ReviewIn(Object level, String note) {
    }

    record VersionOut(int version, String text, List<String> chime, Map<Integer, String> levels, Instant writtenAt) {
        static VersionOut of(GoalVersion v) {
            return new VersionOut(v.version(), v.text(), v.chime().stream().map(Enum::name).toList(), v.levels(), v.writtenAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record GoalOut(UUID id, String text, List<String> chime, Map<Integer, String> levels, BigDecimal weight, String status,
            LocalDate setOn, String author, List<VersionOut> versions, List<Step> steps, List<Suggestion> suggestions,
            List<Review> reviews) {
        static GoalOut of(Goal g) {
            return new GoalOut(g.id(), g.current().text(), g.current().chime().stream().map(Enum::name).toList(),
                    g.current().levels(), g.weight(), g.status().name(), g.setOn(), "PERSON",
                    g.versions().stream().map(VersionOut::of).toList(), g.steps(), g.suggestions(), g.reviews());
        }
    }

    private final CurrentUsers identity;
    private final Goals goals;

    PlanApiController(CurrentUsers identity, Goals goals) {
        this.identity = identity;
        this.goals = goals;
    }

    @PostMapping("/api/v1/people/{personId}/goals")
    ResponseEntity<GoalOut> create(@PathVariable PersonId personId, @RequestBody GoalIn in) {
        Goal g = goals.create(identity.require(), personId, new Goals.Draft(in.text(), in.chime(), in.levels(),
                in.weight() == null ? null : in.weight().toString()), null);
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/goals/" + g.id())).body(GoalOut.of(g));
    }

    @GetMapping("/api/v1/people/{personId}/goals")
    List<GoalOut> list(@PathVariable PersonId personId) {
        return goals.goals(identity.require(), personId).stream().map(GoalOut::of).toList();
    }

    @PostMapping("/api/v1/people/{personId}/goals/{goalId}/suggestions")
    ResponseEntity<Suggestion> suggest(@PathVariable PersonId personId, @PathVariable UUID goalId, @RequestBody SuggestionIn in) {
        return ResponseEntity.status(201).body(goals.suggest(identity.require(), personId, goalId, in.text()));
    }

    @PostMapping("/api/v1/people/{personId}/goals/{goalId}/reviews")
    ResponseEntity<Review> review(@PathVariable PersonId personId, @PathVariable UUID goalId, @RequestBody ReviewIn in) {
        CurrentUser user = identity.require();
        return ResponseEntity.status(201).body(goals.review(user, personId, goalId,
                in.level() == null ? null : in.level().toString(), in.note()));
    }

    @GetMapping("/api/v1/people/{personId}/goal-attainment")
    Goals.Attainment attainment(@PathVariable PersonId personId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String rater) {
        return goals.attainment(identity.require(), personId, from, to, rater);
    }
}
