package tandem.measures.scoring;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tandem.shared.FieldProblem;

/**
 * Validates answers against an instrument and scores them, exactly and only on the server.
 * Answers arrive as JSON values keyed by link id: a whole number (or a string of one) per item, and {@code "<n>.important"}
 * true/false beside INSPIRE's support items. A missing or null answer is a missing item.
 */
public final class Scoring {

    private static final int DECIMALS = 2;
    public static final String IMPORTANT = ".important";

    private Scoring() {
    }

    /** One scale's score: a value, or "not scored" with the reason in plain words. */
    public record ScaleScore(String code, BigDecimal value, boolean scored, String reason, String band) {

        static ScaleScore of(Scale scale, BigDecimal value) {
            return new ScaleScore(scale.code(), value, true, null, scale.band(value));
        }

        static ScaleScore notScored(Scale scale, String reason) {
            return new ScaleScore(scale.code(), null, false, reason, null);
        }
    }

    /** Every scale of one scored response, with the definition version used. */
    public record Result(String instrument, int definitionVersion, List<ScaleScore> scales) {

        public ScaleScore scale(String code) {
            return scales.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
        }
    }

    /** Answers that cannot be scored: each problem names its field ({@code answers.<linkId>}). */
    public static final class AnswerException extends RuntimeException {
        private final List<FieldProblem> problems;

        public AnswerException(List<FieldProblem> problems) {
            super(problems.toString());
            this.problems = List.copyOf(problems);
        }

        public List<FieldProblem> problems() {
            return problems;
        }
    }

    /** Checked answers: item values and "important to me" flags. */
    public record Answers(Map<String, Integer> values, Map<String, Boolean> important) {
    }

    public static Result score(Instrument instrument, Map<String, ?> raw) {
        return score(instrument, validate(instrument, raw));
    }

    public static Answers validate(Instrument instrument, Map<String, ?> raw) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, Integer> values = new HashMap<>();
        Map<String, Boolean> important = new HashMap<>();
        if (raw == null) {
            throw new AnswerException(List.of(new FieldProblem("answers", "Send the answers")));
        }
        for (Map.Entry<String, ?> e : raw.entrySet()) {
            String key = e.getKey();
            String field = "answers." + key;
            Object v = e.getValue();
            if (key.endsWith(IMPORTANT)) {
                String id = key.substring(0, key.length() - IMPORTANT.length());
                Item item = instrument.item(id).orElse(null);
                if (item == null || !item.importance()) {
                    problems.add(new FieldProblem(field, "There is no question " + key + " in " + instrument.code()));
                } else if (v != null && !(v instanceof Boolean)) {
                    problems.add(new FieldProblem(field, "Must be true or false"));
                } else if (v != null) {
                    important.put(id, (Boolean) v);
                }
                continue;
            }
            Item item = instrument.item(key).orElse(null);
            if (item == null) {
                problems.add(new FieldProblem(field, "There is no question " + key + " in " + instrument.code()));
                continue;
            }
            if (v == null) {
                continue;
            }
            Integer value = wholeNumber(v);
            if (value == null) {
                problems.add(new FieldProblem(field, "Must be a whole number from " + item.min() + " to " + item.max()));
            } else if (!item.isNotKnown(value) && (value < item.min() || value > item.max()
                    || item.options().stream().noneMatch(o -> o.value() == value))) {
                problems.add(new FieldProblem(field, "Must be a whole number from " + item.min() + " to " + item.max()
                        + (item.notKnown() == null ? "" : ", or " + item.notKnown() + " for not known")));
            } else {
                values.put(key, value);
            }
        }
        for (Item item : instrument.items()) {
            if (item.required() && !values.containsKey(item.linkId()) && problems.stream()
                    .noneMatch(p -> p.field().equals("answers." + item.linkId()))) {
                problems.add(new FieldProblem("answers." + item.linkId(), "Answer " + item.displayText()));
            }
        }
        if (!problems.isEmpty()) {
            throw new AnswerException(problems);
        }
        return new Answers(Map.copyOf(values), Map.copyOf(important));
    }

    public static Result score(Instrument instrument, Answers answers) {
        List<ScaleScore> scores = new ArrayList<>();
        for (Scale scale : instrument.scales()) {
            scores.add(scale(instrument, scale, answers));
        }
        return new Result(instrument.code(), instrument.version(), List.copyOf(scores));
    }

    static ScaleScore scale(Instrument instrument, Scale scale, Answers answers) {
        List<String> ids = scale.importantOnly()
                ? scale.items().stream().filter(id -> Boolean.TRUE.equals(answers.important().get(id))).toList()
                : scale.items();
        if (ids.isEmpty()) {
            return ScaleScore.notScored(scale, "No question was marked as important, so there is nothing to score.");
        }
        long sum = 0;
        int answered = 0;
        for (String id : ids) {
            Integer v = answers.values().get(id);
            if (v == null) {
                continue;
            }
            Item item = instrument.item(id).orElseThrow();
            if (item.isNotKnown(v)) {
                continue; // "not known" is left out, as a missing answer
            }
            sum += scale.reversed().contains(id) ? item.reverse(v) : v;
            answered++;
        }
        int missing = ids.size() - answered;
        if (answered == 0) {
            return ScaleScore.notScored(scale, "None of its questions were answered.");
        }
        if (missing > scale.maxMissing()) {
            return ScaleScore.notScored(scale, missing + (missing == 1 ? " question was" : " questions were")
                    + " not answered; this score allows " + (scale.maxMissing() == 0 ? "none" : "at most "
                    + scale.maxMissing()) + " to be missing.");
        }
        BigDecimal total = BigDecimal.valueOf(sum);
        BigDecimal n = BigDecimal.valueOf(answered);
        BigDecimal value = switch (scale.method()) {
            case SUM -> missing > 0 && scale.prorate()
                    ? total.multiply(BigDecimal.valueOf(ids.size())).divide(n, DECIMALS, RoundingMode.HALF_UP)
                    : total;
            case MEAN -> total.divide(n, DECIMALS, RoundingMode.HALF_UP);
            case MEAN_TIMES_FACTOR -> total.multiply(scale.factor()).divide(n, DECIMALS, RoundingMode.HALF_UP);
            case TABLE -> {
                BigDecimal raw = missing > 0 && scale.prorate()
                        ? total.multiply(BigDecimal.valueOf(ids.size())).divide(n, 0, RoundingMode.HALF_UP)
                        : total;
                yield scale.table().get(raw.intValueExact());
            }
        };
        if (value == null) {
            return ScaleScore.notScored(scale, "The total is outside the conversion table.");
        }
        return ScaleScore.of(scale, tidy(value));
    }

    /** 42.00 becomes 42; 42.50 stays 42.5. Equal values compare equal. */
    static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Integer wholeNumber(Object v) {
        if (v instanceof Integer i) {
            return i;
        }
        if (v instanceof String text) { // CONTRACT.md: an answer may be a number or a numeric string
            String t = text.strip();
            return t.matches("-?[0-9]{1,9}") ? Integer.valueOf(t) : null;
        }
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        if (v instanceof Short s) {
            return (int) s;
        }
        if (v instanceof BigInteger b && b.bitLength() < 32) {
            return b.intValue();
        }
        if (v instanceof BigDecimal d) {
            try {
                return d.intValueExact();
            } catch (ArithmeticException e) {
                return null;
            }
        }
        if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9) {
            return d.intValue();
        }
        return null;
    }
}
