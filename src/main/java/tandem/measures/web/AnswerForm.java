package tandem.measures.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.util.MultiValueMap;

import tandem.measures.scoring.Instrument;
import tandem.measures.scoring.Item;
import tandem.shared.FieldProblem;
import tandem.shared.error.InvalidInputException;

/**
 * A questionnaire form as posted: radio buttons {@code q<linkId>} and "important to me" boxes
 * {@code q<linkId>-important}, turned into answers for the scoring engine, with what was entered
 * kept for showing the form again.
 */
record AnswerForm(Map<String, Object> answers, Map<String, String> entered, List<FieldProblem> problems) {

    static AnswerForm read(Instrument instrument, MultiValueMap<String, String> params) {
        Map<String, Object> answers = new LinkedHashMap<>();
        Map<String, String> entered = new LinkedHashMap<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (Item item : instrument.items()) {
            String field = "q" + item.linkId();
            String v = params.getFirst(field);
            if (v != null && !v.isBlank()) {
                entered.put(field, v);
                try {
                    answers.put(item.linkId(), Integer.parseInt(v.trim()));
                } catch (NumberFormatException e) {
                    problems.add(new FieldProblem(field, "Choose an answer for " + item.displayText()));
                }
            }
            if (item.importance()) {
                boolean important = params.getFirst(field + "-important") != null;
                answers.put(item.linkId() + ".important", important);
                if (important) {
                    entered.put(field + "-important", "true");
                }
            }
        }
        return new AnswerForm(answers, entered, problems);
    }

    void throwIfUnreadable() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** The engine's field names ("answers.3") as the form's ("q3"); "answers" points at the first question. */
    static List<FieldProblem> onForm(Instrument instrument, List<FieldProblem> problems) {
        return problems.stream().map(p -> new FieldProblem(p.field().equals("answers") ? "q" + instrument.items().get(0).linkId()
                : p.field().replace("answers.", "q"), p.message())).toList();
    }
}
