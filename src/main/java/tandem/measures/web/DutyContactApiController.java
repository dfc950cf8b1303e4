package tandem.measures.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tandem.identity.CurrentUsers;
import tandem.measures.SafetyAlerts;
import tandem.shared.ids.TeamId;

/** A team's duty contact for safety alerts (administrators and service leads of the team's organisation). */
@RestController
class DutyContactApiController {

    /** The address; blank or absent removes it. */
    record DutyContactIn(String email) {
    }

    private final CurrentUsers identity;
    private final SafetyAlerts safety;

    DutyContactApiController(CurrentUsers identity, SafetyAlerts safety) {
        this.identity = identity;
        this.safety = safety;
    }

    @PutMapping("/api/v1/teams/{teamId}/duty-contact")
    ResponseEntity<Void> set(@PathVariable TeamId teamId, @RequestBody DutyContactIn body) {
        safety.setDutyContact(identity.require(), teamId, body.email());
        return ResponseEntity.noContent().build();
    }
}
