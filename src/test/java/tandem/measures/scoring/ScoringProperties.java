package tandem.measures.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class ScoringProperties {

    @Provide
    Arbitrary<String> instruments() {
        return Arbitraries.of(Instruments.ALL);
    }

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

    @Property
    void everyScoreStaysInItsScalesRange(@ForAll("instruments") String code, @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3) int missing) {
        Instrument instrument = Instruments.load(code);
        for (Scoring.ScaleScore s : Scoring.score(instrument, randomAnswers(instrument, seed, missing)).scales()) {
            if (s.scored()) {
                Scale scale = instrument.scale(s.code()).orElseThrow();
                assertThat(s.value()).as(code + " " + s.code()).isBetween(scale.min(), scale.max());
            } else {
                assertThat(s.reason()).isNotBlank();
            }
        }
    }

    @Property
    void reversingEveryAnswerMirrorsAReversedSubscale(@ForAll long seed) {
        Instrument star = Instruments.load("STAR_P");
        Map<String, Object> answers = randomAnswers(star, seed, 0);
        Map<String, Object> mirrored = new HashMap<>();
        answers.forEach((k, v) -> mirrored.put(k, star.item(k).orElseThrow().reverse((Integer) v)));
        BigDecimal a = Scoring.score(star, answers).scale("NON_SUPPORTIVE").value();
        BigDecimal b = Scoring.score(star, mirrored).scale("NON_SUPPORTIVE").value();
        // three items of 0–4: a score and its mirror add up to the range, 12
        assertThat(a.add(b)).isEqualByComparingTo("12");
    }

    @Property
    void raisingAnAnswerNeverLowersTheConvertedScore(@ForAll long seed, @ForAll @IntRange(min = 1, max = 7) int item) {
        Instrument sw = Instruments.load("SWEMWBS");
        Map<String, Object> answers = randomAnswers(sw, seed, 0);
        int v = (Integer) answers.get(Integer.toString(item));
        BigDecimal before = Scoring.score(sw, answers).scale("METRIC").value();
        answers.put(Integer.toString(item), Math.min(5, v + 1));
        BigDecimal after = Scoring.score(sw, answers).scale("METRIC").value();
        assertThat(after).isGreaterThanOrEqualTo(before);
    }

    @Property
    void aProratedTotalLiesBetweenTheLowestAndHighestAnsweredItemTimesTheItemCount(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 2) int missing) {
        Instrument qpr = Instruments.load("QPR15");
        Map<String, Object> answers = randomAnswers(qpr, seed, missing);
        Scoring.ScaleScore total = Scoring.score(qpr, answers).scale("TOTAL");
        int lowest = answers.values().stream().mapToInt(o -> (Integer) o).min().orElseThrow();
        int highest = answers.values().stream().mapToInt(o -> (Integer) o).max().orElseThrow();
        assertThat(total.scored()).isTrue();
        assertThat(total.value()).isBetween(BigDecimal.valueOf(lowest * 15L), BigDecimal.valueOf(highest * 15L));
    }
}
