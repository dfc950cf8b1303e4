package tandem.fhir.web;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tandem.fhir.Questionnaires;
import tandem.identity.CurrentUsers;
import tandem.measures.scoring.Instrument;

/** Instruments as FHIR R4 Questionnaires: export, and import with Tandem's scoring extension. */
@RestController
class QuestionnaireController {

    record Installed(String code, int version, boolean wordingInstalled) {
    }

    private final CurrentUsers identity;
    private final Questionnaires questionnaires;

    QuestionnaireController(CurrentUsers identity, Questionnaires questionnaires) {
        this.identity = identity;
        this.questionnaires = questionnaires;
    }

    @GetMapping(value = "/api/v1/instruments/{code}/fhir", produces = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> export(@PathVariable String code) {
        identity.require();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/fhir+json"))
                .body(questionnaires.questionnaireJson(code));
    }

    @PostMapping(value = "/api/v1/instruments", consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Installed> importQuestionnaire(@RequestBody(required = false) String body) {
        Instrument installed = questionnaires.install(identity.require(), body);
        return ResponseEntity.created(URI.create("/api/v1/instruments/" + installed.code()))
                .body(new Installed(installed.code(), installed.version(), installed.wordingInstalled()));
    }
}
