package tandem.measures.web;

import java.net.URI;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tandem.identity.CurrentUsers;
import tandem.measures.Administering;
import tandem.measures.Assignment;
import tandem.shared.ids.PersonId;

/**
 * Asking a person to complete a questionnaire through the JSON API (CONTRACT.md "Measures"): only
 * self-report instruments whose wording is installed; anything else is refused (422) and nothing is stored.
 */
@RestController
class RequestsApiController {

    /** {@code from} is the date it is due (ISO); {@code everyMonths} absent or 0 means once. */
    record RequestBodyIn(String instrument, String from, Integer everyMonths) {
    }

    record Created(UUID id) {
    }

    private final CurrentUsers identity;
    private final Administering administering;

    RequestsApiController(CurrentUsers identity, Administering administering) {
        this.identity = identity;
        this.administering = administering;
    }

    @PostMapping("/api/v1/people/{personId}/measures/requests")
    ResponseEntity<Created> request(@PathVariable PersonId personId, @RequestBody RequestBodyIn body) {
        Assignment a = administering.assign(identity.require(), personId, body.instrument(), body.from(),
                body.everyMonths() == null ? null : body.everyMonths().toString());
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/measures/requests/" + a.id()))
                .body(new Created(a.id()));
    }
}
