package tandem.fhir.web;

import java.net.URI;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tandem.fhir.internal.QuestionnaireMapper;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.Role;
import tandem.measures.MeasuresApi;
import tandem.measures.scoring.Instrument;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;

/** Instruments as FHIR R4 Questionnaires: export, and import with Tandem's scoring extension. */
@RestController
class QuestionnaireController {

    record Installed(String code, int version, boolean wordingInstalled) {
    }

    private final CurrentUsers identity;
    private final MeasuresApi measures;

    QuestionnaireController(CurrentUsers identity, MeasuresApi measures) {
        this.identity = identity;
        this.measures = measures;
    }

    @GetMapping(value = "/api/v1/instruments/{code}/fhir", produces = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<String> export(@PathVariable String code) {
        identity.require();
        Instrument instrument = measures.instrument(code);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/fhir+json"))
                .body(QuestionnaireMapper.toJson(instrument, measures.definitionJson(code)));
    }

    @PostMapping(value = "/api/v1/instruments", consumes = {"application/fhir+json", MediaType.APPLICATION_JSON_VALUE})
    ResponseEntity<Installed> importQuestionnaire(@RequestBody(required = false) String body) {
        CurrentUser user = identity.require();
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators install instruments.");
        }
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("body", "Send a FHIR R4 Questionnaire as JSON");
        }
        if (body.length() > 2_000_000) {
            throw new InvalidInputException("body", "The Questionnaire must be 2 MB or smaller");
        }
        QuestionnaireMapper.Imported imported = QuestionnaireMapper.fromJson(body);
        Instrument installed = measures.install(user, imported.instrument(), imported.definitionJson());
        return ResponseEntity.created(URI.create("/api/v1/instruments/" + installed.code()))
                .body(new Installed(installed.code(), installed.version(), installed.wordingInstalled()));
    }
}
