package tandem.fhir.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.hl7.fhir.r4.model.Base;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tandem.measures.scoring.Instrument;
import tandem.measures.scoring.InstrumentReader;
import tandem.measures.scoring.Item;
import tandem.measures.scoring.Scale;
import tandem.measures.scoring.Scoring;
import tandem.shared.error.InvalidInputException;

/**
 * Export → JSON → import gives an instrument that scores 1,000 random answer sets exactly as the
 * original does; and every SDC calculatedExpression, evaluated by HAPI's FHIRPath engine on a
 * QuestionnaireResponse, gives Tandem's score.
 */
class QuestionnaireRoundTripTest {

    static String definition(String code) throws IOException {
        try (var in = QuestionnaireRoundTripTest.class.getResourceAsStream("/measures/" + code + ".json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Map<String, Object> randomAnswers(Instrument instrument, Random random) {
        Map<String, Object> answers = new HashMap<>();
        for (Item item : instrument.items()) {
            if (random.nextInt(12) != 0) {
                answers.put(item.linkId(), item.min() + random.nextInt(item.max() - item.min() + 1));
            }
            if (item.importance()) {
                answers.put(item.linkId() + ".important", random.nextBoolean());
            }
        }
        return answers;
    }

    @ParameterizedTest
    @ValueSource(strings = {"QPR15", "QPR22", "INSPIRE", "INSPIRE_BRIEF", "STAR_P", "STAR_C", "WEMWBS", "SWEMWBS",
            "REQOL10", "DIALOG", "GBO", "CHIME_CHECKIN", "BPRS", "HONOS"})
    void exportThenImportScoresOneThousandRandomAnswerSetsIdentically(String code) throws IOException {
        String json = definition(code);
        Instrument original = InstrumentReader.read(json);
        String fhir = QuestionnaireMapper.toJson(original, json);
        Instrument imported = QuestionnaireMapper.fromJson(fhir).instrument();
        assertThat(imported.items()).hasSameSizeAs(original.items());

        Questionnaire q = QuestionnaireMapper.fhir().newJsonParser().parseResource(Questionnaire.class, fhir);
        var fhirPath = QuestionnaireMapper.fhir().newFhirPath();
        Random random = new Random(code.hashCode());
        for (int n = 0; n < 1000; n++) {
            Map<String, Object> answers = randomAnswers(original, random);
            Scoring.Result expected = Scoring.score(original, answers);
            assertThat(Scoring.score(imported, answers)).isEqualTo(expected);
            if (n % 20 == 0) {
                QuestionnaireResponse qr = response(answers);
                for (Scale scale : original.scales()) {
                    var item = q.getItem().stream().filter(i -> i.getLinkId().equals("score." + scale.code())).findFirst().orElseThrow();
                    var ext = item.getExtensionByUrl(QuestionnaireMapper.CALCULATED_EXPRESSION);
                    if (ext == null) {
                        continue;
                    }
                    String expression = ((Expression) ext.getValue()).getExpression().replace("%resource.", "");
                    List<Base> result = fhirPath.evaluate(qr, expression, Base.class);
                    Scoring.ScaleScore ours = expected.scale(scale.code());
                    if (!ours.scored()) {
                        assertThat(result).as(code + " " + scale.code() + " " + answers).isEmpty();
                    } else {
                        assertThat(result).as(code + " " + scale.code()).hasSize(1);
                        assertThat(new BigDecimal(result.get(0).primitiveValue())).as(code + " " + scale.code() + " " + answers)
                                .isEqualByComparingTo(ours.value());
                    }
                }
            }
        }
    }

    static QuestionnaireResponse response(Map<String, Object> answers) {
        QuestionnaireResponse qr = new QuestionnaireResponse();
        answers.forEach((linkId, v) -> {
            if (v instanceof Integer i) {
                qr.addItem().setLinkId(linkId).addAnswer().setValue(new Coding(QuestionnaireMapper.ANSWER_SYSTEM,
                        Integer.toString(i), null));
            }
        });
        return qr;
    }

    @ParameterizedTest
    @ValueSource(strings = {"QPR15", "SWEMWBS", "INSPIRE"})
    void expressibleScalesCarryACalculatedExpressionAndOthersDoNot(String code) throws IOException {
        Instrument original = InstrumentReader.read(definition(code));
        for (Scale scale : original.scales()) {
            boolean expressible = scale.reversed().isEmpty() && !scale.importantOnly()
                    && scale.method() != Scale.Method.TABLE && !(scale.method() == Scale.Method.SUM && scale.prorate());
            assertThat(QuestionnaireMapper.fhirPath(scale) != null).as(code + " " + scale.code()).isEqualTo(expressible);
        }
    }

    @org.junit.jupiter.api.Test
    void importedWordingReplacesThePlaceholders() throws IOException {
        String json = definition("QPR15");
        Questionnaire q = QuestionnaireMapper.toQuestionnaire(InstrumentReader.read(json), json);
        q.getItem().stream().filter(i -> i.getLinkId().equals("1")).findFirst().orElseThrow().setText("Licensed wording of item one");
        String fhir = QuestionnaireMapper.fhir().newJsonParser().encodeResourceToString(q);
        Instrument imported = QuestionnaireMapper.fromJson(fhir).instrument();
        assertThat(imported.item("1").orElseThrow().text()).isEqualTo("Licensed wording of item one");
        assertThat(imported.item("2").orElseThrow().text()).isNull();
    }

    @org.junit.jupiter.api.Test
    void malformedQuestionnairesAreRefusedWithThePathNamed() throws IOException {
        assertThatThrownBy(() -> QuestionnaireMapper.fromJson("{\"resourceType\":\"Patient\"}"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> QuestionnaireMapper.fromJson("{\"resourceType\":\"Questionnaire\",\"status\":\"active\"}"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("Questionnaire.extension"));
        String json = definition("QPR15");
        Questionnaire q = QuestionnaireMapper.toQuestionnaire(InstrumentReader.read(json), json);
        q.addItem().setLinkId("99").setText("An item the definition does not have");
        String fhir = QuestionnaireMapper.fhir().newJsonParser().encodeResourceToString(q);
        assertThatThrownBy(() -> QuestionnaireMapper.fromJson(fhir)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems().get(0).field()).startsWith("Questionnaire.item[").endsWith("].linkId"));
        assertThatThrownBy(() -> QuestionnaireMapper.fromJson("{not json")).isInstanceOf(InvalidInputException.class);
    }
}
