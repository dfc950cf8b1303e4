package tandem.fhir.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Expression;
import org.hl7.fhir.r4.model.Extension;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;
import org.hl7.fhir.r4.model.StringType;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import tandem.measures.scoring.Instrument;
import tandem.measures.scoring.InstrumentReader;
import tandem.measures.scoring.Item;
import tandem.measures.scoring.Scale;
import tandem.shared.FieldProblem;
import tandem.shared.error.InvalidInputException;

/**
 * Instrument ⇄ FHIR R4 Questionnaire. The scoring definition travels whole in Tandem's extension;
 * items carry {@code answerOption}s with the ordinal value extension, and SUM/MEAN scales without
 * reversed items or filters also carry an SDC {@code calculatedExpression} in FHIRPath.
 */
final class QuestionnaireMapper {

    static final String SCORING_EXTENSION = "https://tandem.example.org/fhir/StructureDefinition/scoring-definition";
    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";
    static final String CALCULATED_EXPRESSION =
            "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression";
    static final String ANSWER_SYSTEM = "https://tandem.example.org/fhir/CodeSystem/answer-value";
    static final String SCORE_PREFIX = "score.";
    private static final String SNOMED = "http://snomed.info/sct";
    private static final String LOINC = "http://loinc.org";

    private QuestionnaireMapper() {
    }

    static FhirContext fhir() {
        return tandem.fhir.FhirResources.context();
    }

    static String toJson(Instrument instrument, String definitionJson) {
        return fhir().newJsonParser().setPrettyPrint(true).encodeResourceToString(toQuestionnaire(instrument, definitionJson));
    }

    static Questionnaire toQuestionnaire(Instrument instrument, String definitionJson) {
        Questionnaire q = new Questionnaire();
        q.setId(instrument.code());
        q.setUrl("https://tandem.example.org/fhir/Questionnaire/" + instrument.code());
        q.setVersion(Integer.toString(instrument.version()));
        q.setName(instrument.code());
        q.setTitle(instrument.title());
        q.setStatus(PublicationStatus.ACTIVE);
        q.getSubjectType().add(new org.hl7.fhir.r4.model.CodeType("Patient"));
        if (instrument.licence() != null) {
            q.setCopyright(instrument.licence());
        }
        if (instrument.snomed() != null) {
            q.addCode(new Coding(SNOMED, instrument.snomed(), instrument.title()));
        }
        if (instrument.loinc() != null) {
            q.addCode(new Coding(LOINC, instrument.loinc(), instrument.title()));
        }
        q.addExtension(new Extension(SCORING_EXTENSION, new StringType(definitionJson)));
        for (Item item : instrument.items()) {
            if (item.importance()) {
                QuestionnaireItemComponent important = q.addItem();
                important.setLinkId(item.linkId() + ".important");
                important.setText(item.text() == null ? "Item " + item.linkId() + ": important to me?" : "Is this important to me?");
                important.setType(QuestionnaireItemType.BOOLEAN);
            }
            QuestionnaireItemComponent qi = q.addItem();
            qi.setLinkId(item.linkId());
            qi.setText(item.displayText());
            qi.setType(QuestionnaireItemType.CHOICE);
            qi.setRequired(item.required());
            for (Item.Option o : item.options()) {
                Coding coding = new Coding(ANSWER_SYSTEM, Integer.toString(o.value()),
                        o.label() == null ? Integer.toString(o.value()) : o.value() + " " + o.label());
                coding.addExtension(new Extension(ORDINAL_VALUE, new DecimalType(o.value())));
                qi.addAnswerOption().setValue(coding);
            }
        }
        for (Scale scale : instrument.scales()) {
            QuestionnaireItemComponent si = q.addItem();
            si.setLinkId(SCORE_PREFIX + scale.code());
            si.setText(scale.title());
            si.setType(QuestionnaireItemType.DECIMAL);
            si.setReadOnly(true);
            if (scale.snomed() != null) {
                si.addCode(new Coding(SNOMED, scale.snomed(), scale.title()));
            }
            // A "not known" value (HoNOS: 9) must be left out of the sum, which the plain expression would not do.
            String expression = instrument.items().stream().anyMatch(i -> i.notKnown() != null) ? null : fhirPath(scale);
            if (expression != null) {
                si.addExtension(new Extension(CALCULATED_EXPRESSION,
                        new Expression().setLanguage("text/fhirpath").setExpression(expression)));
            }
        }
        return q;
    }

    /**
     * FHIRPath for a scale, when FHIRPath can say it exactly: a sum or mean (optionally times a
     * factor) of items with no reversal, no "important" filter, no conversion table, and (for sums)
     * no prorating. Otherwise null: Tandem's extension still scores it.
     */
    static String fhirPath(Scale scale) {
        if (!scale.reversed().isEmpty() || scale.importantOnly() || scale.method() == Scale.Method.TABLE) {
            return null;
        }
        if (scale.method() == Scale.Method.SUM && scale.prorate()) {
            return null;
        }
        String ids = scale.items().stream().map(id -> "'" + id + "'").collect(Collectors.joining(" | "));
        String values = "%resource.repeat(item).where(linkId in (" + ids + ")).answer.value.select(code.toInteger())";
        String sum = values + ".aggregate($this + $total, 0)";
        String presentOnly = scale.maxMissing() == 0 ? "iif(" + values + ".count() = " + scale.items().size() + ", "
                : "iif(" + values + ".count() >= " + (scale.items().size() - scale.maxMissing()) + ", ";
        return switch (scale.method()) {
            case SUM -> presentOnly + sum + ", {})";
            // "* 1.0000000000" keeps ten decimal places through the division before rounding to two
            case MEAN -> presentOnly + "(" + sum + " * 1.0000000000 / " + values + ".count()).round(2), {})";
            case MEAN_TIMES_FACTOR -> presentOnly + "(" + sum + " * 1.0000000000 * " + scale.factor().stripTrailingZeros()
                    .toPlainString() + " / " + values + ".count()).round(2), {})";
            default -> null;
        };
    }

    /** The result of reading a Questionnaire: the instrument, and the definition JSON it carried. */
    record Imported(Instrument instrument, String definitionJson) {
    }

    /**
     * Reads a Questionnaire with Tandem's scoring extension. Item texts in the Questionnaire become
     * the instrument's wording (except the "Item n" placeholders). Problems name their path.
     */
    static Imported fromJson(String json) {
        Questionnaire q;
        try {
            IParser parser = fhir().newJsonParser().setParserErrorHandler(new StrictErrorHandler());
            q = parser.parseResource(Questionnaire.class, json);
        } catch (DataFormatException | ClassCastException e) {
            throw new InvalidInputException("body", "Not a valid FHIR R4 Questionnaire: " + firstLine(e.getMessage()));
        }
        List<FieldProblem> problems = new ArrayList<>();
        Extension ext = q.getExtensionByUrl(SCORING_EXTENSION);
        if (ext == null || !(ext.getValue() instanceof StringType s) || s.getValue() == null) {
            throw new InvalidInputException("Questionnaire.extension",
                    "The Questionnaire has no Tandem scoring definition (extension " + SCORING_EXTENSION + ")");
        }
        Instrument base;
        try {
            base = InstrumentReader.read(s.getValue());
        } catch (RuntimeException e) {
            throw new InvalidInputException("Questionnaire.extension.valueString",
                    "The scoring definition cannot be read: " + firstLine(e.getMessage()));
        }
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < q.getItem().size(); i++) {
            QuestionnaireItemComponent qi = q.getItem().get(i);
            String path = "Questionnaire.item[" + i + "]";
            if (qi.getLinkId() == null || qi.getLinkId().isBlank()) {
                problems.add(new FieldProblem(path + ".linkId", "Every item needs a linkId"));
                continue;
            }
            if (qi.getLinkId().startsWith(SCORE_PREFIX) || qi.getLinkId().endsWith(".important")) {
                continue;
            }
            Item item = base.item(qi.getLinkId()).orElse(null);
            if (item == null) {
                problems.add(new FieldProblem(path + ".linkId", "The scoring definition has no item " + qi.getLinkId()));
                continue;
            }
            for (int k = 0; k < qi.getAnswerOption().size(); k++) {
                var opt = qi.getAnswerOption().get(k);
                if (opt.getValue() instanceof Coding c) {
                    Extension ord = c.getExtensionByUrl(ORDINAL_VALUE);
                    BigDecimal v = ord != null && ord.getValue() instanceof DecimalType d ? d.getValue() : null;
                    if (v == null || !item.isNotKnown(v.intValue()) && (v.intValue() < item.min() || v.intValue() > item.max())) {
                        problems.add(new FieldProblem(path + ".answerOption[" + k + "]",
                                "Each answer option needs an ordinalValue from " + item.min() + " to " + item.max()));
                    }
                }
            }
            String text = qi.getText();
            if (text != null && !text.isBlank() && !text.equals("Item " + qi.getLinkId())) {
                if (text.length() > 1000) {
                    problems.add(new FieldProblem(path + ".text", "Item text must be 1000 characters or fewer"));
                } else {
                    texts.put(qi.getLinkId(), text.trim());
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Item> items = base.items().stream().map(it -> it.withText(texts.getOrDefault(it.linkId(), it.text()))).toList();
        Instrument instrument = base.withItems(q.hasTitle() ? q.getTitle() : base.title(), base.version(), items);
        return new Imported(instrument, s.getValue());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable";
        }
        String line = s.split("\n")[0];
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }


}
