package tandem.workforce.web;

import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.shared.ids.StaffId;
import tandem.workforce.PeerWorkforce;

/** The peer workforce in the JSON API: records, roles, supervision, training and the lead's dashboard. */
@RestController
class PeerWorkforceApiController {

    record RolesIn(List<String> roles) {
    }

    record SupervisionIn(String supervisorId, String heldOn, String notes, String nextOn) {
    }

    record TrainingIn(String course, Boolean coProduced, String completedOn, String expiresOn) {
    }

    private final CurrentUsers identity;
    private final PeerWorkforce peers;

    PeerWorkforceApiController(CurrentUsers identity, PeerWorkforce peers) {
        this.identity = identity;
        this.peers = peers;
    }

    @GetMapping("/api/v1/workforce/staff/{staffId}")
    PeerWorkforce.StaffRecord record(@PathVariable StaffId staffId) {
        return peers.record(identity.require(), staffId);
    }

    @PostMapping("/api/v1/workforce/staff/{staffId}/roles")
    PeerWorkforce.StaffRecord roles(@PathVariable StaffId staffId, @RequestBody RolesIn in) {
        CurrentUser user = identity.require();
        peers.setRoles(user, staffId, in.roles());
        return peers.record(user, staffId);
    }

    @PostMapping("/api/v1/workforce/staff/{staffId}/supervision")
    ResponseEntity<PeerWorkforce.StaffRecord> supervision(@PathVariable StaffId staffId, @RequestBody SupervisionIn in) {
        CurrentUser user = identity.require();
        peers.addSupervision(user, staffId, in.supervisorId(), in.heldOn(), in.notes(), in.nextOn());
        return ResponseEntity.status(201).body(peers.record(user, staffId));
    }

    @PostMapping("/api/v1/workforce/staff/{staffId}/training")
    ResponseEntity<PeerWorkforce.StaffRecord> training(@PathVariable StaffId staffId, @RequestBody TrainingIn in) {
        CurrentUser user = identity.require();
        peers.addTraining(user, staffId, in.course(), Boolean.TRUE.equals(in.coProduced()), in.completedOn(), in.expiresOn());
        return ResponseEntity.status(201).body(peers.record(user, staffId));
    }

    @GetMapping("/api/v1/workforce/dashboard")
    PeerWorkforce.Dashboard dashboard() {
        return peers.dashboard(identity.require());
    }
}
