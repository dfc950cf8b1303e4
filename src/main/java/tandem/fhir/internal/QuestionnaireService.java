package tandem.fhir.internal;

import org.springframework.stereotype.Service;

import tandem.fhir.Questionnaires;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.measures.MeasuresApi;
import tandem.measures.scoring.Instrument;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;

/** Questionnaires over the measures API, through {@link QuestionnaireMapper}. */
@Service
class QuestionnaireService implements Questionnaires {

    private final MeasuresApi measures;

    QuestionnaireService(MeasuresApi measures) {
        this.measures = measures;
    }

    @Override
    public String questionnaireJson(String code) {
        Instrument instrument = measures.instrument(code);
        return QuestionnaireMapper.toJson(instrument, measures.definitionJson(code));
    }

    @Override
    public Instrument install(CurrentUser admin, String questionnaireJson) {
        if (!admin.has(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators install instruments.");
        }
        if (questionnaireJson == null || questionnaireJson.isBlank()) {
            throw new InvalidInputException("body", "Send a FHIR R4 Questionnaire as JSON");
        }
        if (questionnaireJson.length() > MAX_CHARS) {
            throw new InvalidInputException("body", "The Questionnaire must be 2 MB or smaller");
        }
        QuestionnaireMapper.Imported imported = QuestionnaireMapper.fromJson(questionnaireJson);
        return measures.install(admin, imported.instrument(), imported.definitionJson());
    }
}
