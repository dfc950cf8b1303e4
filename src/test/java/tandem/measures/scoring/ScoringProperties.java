package tandem.measures.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static tandem.support.Theories.qt;

class ScoringProperties {


    static Map<String, Object> randomAnswers(Instrument instrument, long seed, int missing) {
        Random random = new Random(seed);
        Map<String, Object> answers = new HashMap<>();
        List<Item> items = instrument.items();
        for (Item item : items) {
            answers.put(item.linkId(), item.min() + random.nextInt(item.max() - item.min() + 1));
            if (item.importance()) {
                answers.put(item.linkId() + ".important", random.nextBoolean());
            }
        }
        for (int i = 0; i < missing && i < items.size(); i++) {
            answers.remove(items.get(random.nextInt(items.size())).linkId());
        }
        return answers;
    }

    @Test
    void everyScoreStaysInItsScalesRange() {
        qt().forAll(arbitrary().pick(Instruments.ALL), longs().all(), integers().between(0, 3)).checkAssert((code, seed, missing) -> {
            Instrument instrument = Instruments.load(code);
            for (Scoring.ScaleScore s : Scoring.score(instrument, randomAnswers(instrument, seed, missing)).scales()) {
                if (s.scored()) {
                    Scale scale = instrument.scale(s.code()).orElseThrow();
                    assertThat(s.value()).as(code + " " + s.code()).isBetween(scale.min(), scale.max());
                } else {
                    assertThat(s.reason()).as(code + " " + s.code()).isNotBlank();
                }
            }
        });
    }

    @Test
    void reversingEveryAnswerMirrorsAReversedSubscale() {
        Instrument star = Instruments.load("STAR_P");
        qt().forAll(longs().all()).checkAssert(seed -> {
            Map<String, Object> answers = randomAnswers(star, seed, 0);
            Map<String, Object> mirrored = new HashMap<>();
            answers.forEach((k, v) -> mirrored.put(k, star.item(k).orElseThrow().reverse((Integer) v)));
            BigDecimal a = Scoring.score(star, answers).scale("NON_SUPPORTIVE").value();
            BigDecimal b = Scoring.score(star, mirrored).scale("NON_SUPPORTIVE").value();
            // three items of 0–4: a score and its mirror add up to the range, 12
            assertThat(a.add(b)).as("answers " + answers).isEqualByComparingTo("12");
        });
    }

    @Test
    void raisingAReverseScoredAnswerNeverRaisesItsSubscale() {
        Instrument star = Instruments.load("STAR_P");
        Scale scale = star.scale("NON_SUPPORTIVE").orElseThrow();
        List<String> reversed = scale.reversed().stream().sorted().toList(); // sorted: a set's order changes from run to run
        qt().forAll(longs().all(), integers().between(0, reversed.size() - 1)).checkAssert((seed, which) -> {
            Map<String, Object> answers = randomAnswers(star, seed, 0);
            String item = reversed.get(which);
            int v = (Integer) answers.get(item);
            BigDecimal before = Scoring.score(star, answers).scale(scale.code()).value();
            answers.put(item, Math.min(star.item(item).orElseThrow().max(), v + 1));
            BigDecimal after = Scoring.score(star, answers).scale(scale.code()).value();
            assertThat(after).as("answers " + answers + ", raising item " + item).isLessThanOrEqualTo(before);
        });
    }

    @Test
    void raisingAnAnswerNeverLowersTheConvertedScore() {
        Instrument sw = Instruments.load("SWEMWBS");
        qt().forAll(longs().all(), integers().between(1, 7)).checkAssert((seed, item) -> {
            Map<String, Object> answers = randomAnswers(sw, seed, 0);
            int v = (Integer) answers.get(Integer.toString(item));
            BigDecimal before = Scoring.score(sw, answers).scale("METRIC").value();
            answers.put(Integer.toString(item), Math.min(5, v + 1));
            BigDecimal after = Scoring.score(sw, answers).scale("METRIC").value();
            assertThat(after).as("answers " + answers).isGreaterThanOrEqualTo(before);
        });
    }

    @Test
    void aProratedTotalLiesBetweenTheLowestAndHighestAnsweredItemTimesTheItemCount() {
        Instrument qpr = Instruments.load("QPR15");
        qt().forAll(longs().all(), integers().between(1, 2)).checkAssert((seed, missing) -> {
            Map<String, Object> answers = randomAnswers(qpr, seed, missing);
            Scoring.ScaleScore total = Scoring.score(qpr, answers).scale("TOTAL");
            int lowest = answers.values().stream().mapToInt(o -> (Integer) o).min().orElseThrow();
            int highest = answers.values().stream().mapToInt(o -> (Integer) o).max().orElseThrow();
            assertThat(total.scored()).as("answers " + answers).isTrue();
            assertThat(total.value()).as("answers " + answers).isBetween(BigDecimal.valueOf(lowest * 15L), BigDecimal.valueOf(highest * 15L));
        });
    }
}
