package tandem.change.web;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tandem.change.ActionLearning;
import tandem.change.ChangeViews.Cycle;
import tandem.change.ChangeViews.Fidelity;
import tandem.change.ChangeViews.Member;
import tandem.change.ChangeViews.Priority;
import tandem.change.ChangeViews.Trip;
import tandem.change.CollegeFidelity;
import tandem.change.Programme;
import tandem.change.TeamPriorities.PlanChange;
import tandem.change.TeamPriorities;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.shared.ids.TeamId;

/** Team priorities, action learning cycles, the programme view and college fidelity in the JSON API. */
@RestController
class ChangeWorkApiController {

    record TripIn(Integer version, String resources, List<Priority> priorities, String reviewOn) {
    }

    record CycleIn(Integer challenge, String title) {
    }

    record StepIn(Integer step, String text, String doneOn) {
    }

    record FidelityIn(String term, Map<String, Integer> ratings) {
    }

    private final CurrentUsers identity;
    private final TeamPriorities priorities;
    private final ActionLearning cycles;
    private final Programme programme;
    private final CollegeFidelity fidelity;

    ChangeWorkApiController(CurrentUsers identity, TeamPriorities priorities, ActionLearning cycles, Programme programme,
            CollegeFidelity fidelity) {
        this.identity = identity;
        this.priorities = priorities;
        this.cycles = cycles;
        this.programme = programme;
        this.fidelity = fidelity;
    }

    @GetMapping("/api/v1/change/teams/{teamId}/priorities")
    List<Trip> priorities(@PathVariable TeamId teamId) {
        return priorities.trips(identity.require(), teamId);
    }

    @PostMapping("/api/v1/change/teams/{teamId}/priorities")
    ResponseEntity<Trip> savePriorities(@PathVariable TeamId teamId, @RequestBody TripIn in) {
        List<Priority> p = in.priorities() == null ? List.of() : in.priorities();
        Trip t = priorities.save(identity.require(), teamId, new PlanChange(in.version() == null ? 0 : in.version(), in.resources(),
                p.stream().map(x -> x == null ? "0" : String.valueOf(x.challenge())).toList(),
                p.stream().map(x -> x == null ? null : x.text()).toList(), in.reviewOn()));
        return ResponseEntity.status(201).body(t);
    }

    @GetMapping("/api/v1/change/cycles")
    List<Cycle> cycles() {
        return cycles.cycles(identity.require());
    }

    @PostMapping("/api/v1/change/cycles")
    ResponseEntity<Cycle> startCycle(@RequestBody CycleIn in) {
        Cycle c = cycles.start(identity.require(), in.challenge() == null ? null : String.valueOf(in.challenge()), in.title());
        return ResponseEntity.created(URI.create("/api/v1/change/cycles/" + c.id())).body(c);
    }

    @PostMapping("/api/v1/change/cycles/{id}/steps")
    Cycle step(@PathVariable UUID id, @RequestBody StepIn in) {
        CurrentUser lead = identity.require();
        cycles.addStep(lead, id, in.step() == null ? null : String.valueOf(in.step()), in.text(), in.doneOn());
        return cycles.cycle(lead, id);
    }

    @PostMapping("/api/v1/change/cycles/{id}/close")
    Cycle close(@PathVariable UUID id) {
        CurrentUser lead = identity.require();
        cycles.close(lead, id);
        return cycles.cycle(lead, id);
    }

    @GetMapping("/api/v1/change/programme")
    List<Member> programme() {
        return programme.members(identity.require());
    }

    @GetMapping("/api/v1/change/fidelity")
    List<Fidelity> fidelity() {
        return fidelity.history(identity.require());
    }

    @PostMapping("/api/v1/change/fidelity")
    ResponseEntity<List<Fidelity>> rate(@RequestBody FidelityIn in) {
        CurrentUser user = identity.require();
        Map<String, String> ratings = new HashMap<>();
        if (in.ratings() != null) {
            in.ratings().forEach((k, v) -> ratings.put(k, v == null ? null : String.valueOf(v)));
        }
        fidelity.history(user);
        fidelity.rate(user, in.term(), ratings);
        return ResponseEntity.status(201).body(fidelity.history(user));
    }
}
