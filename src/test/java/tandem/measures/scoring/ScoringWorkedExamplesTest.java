package tandem.measures.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tandem.shared.FieldProblem;

/** One worked example per shipped instrument, with the arithmetic written out. */
class ScoringWorkedExamplesTest {

    static Map<String, Object> answers(int... values) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < values.length; i++) {
            m.put(Integer.toString(i + 1), values[i]);
        }
        return m;
    }

    static BigDecimal value(Scoring.Result r, String scale) {
        return r.scale(scale).value();
    }

    @Test
    void qpr15SumsFifteenItemsAndProratesUpToTwoMissing() {
        Instrument qpr = Instruments.load("QPR15");
        // 15 × 3 = 45
        assertThat(value(Scoring.score(qpr, answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3)), "TOTAL")).isEqualByComparingTo("45");
        // 13 answered, each 2: 26; prorated 26 × 15 / 13 = 30
        Map<String, Object> twoMissing = answers(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        assertThat(value(Scoring.score(qpr, twoMissing), "TOTAL")).isEqualByComparingTo("30");
        // 13 answered: 1,2,…: 0+1+2+3+4+0+1+2+3+4+0+1+2 = 23; 23 × 15 / 13 = 26.538… → 26.54
        assertThat(value(Scoring.score(qpr, answers(0, 1, 2, 3, 4, 0, 1, 2, 3, 4, 0, 1, 2)), "TOTAL")).isEqualByComparingTo("26.54");
        // three missing: not scored, with the reason
        Scoring.ScaleScore threeMissing = Scoring.score(qpr, answers(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2)).scale("TOTAL");
        assertThat(threeMissing.scored()).isFalse();
        assertThat(threeMissing.reason()).contains("3 questions were not answered").contains("at most 2");
    }

    @Test
    void qpr22HasAnIntrapersonalAndAnInterpersonalScale() {
        Instrument qpr = Instruments.load("QPR22");
        // items 1–17 all 4: 17 × 4 = 68; items 18–22: 0+1+2+3+4 = 10
        Scoring.Result r = Scoring.score(qpr, answers(4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 0, 1, 2, 3, 4));
        assertThat(value(r, "INTRAPERSONAL")).isEqualByComparingTo("68");
        assertThat(value(r, "INTERPERSONAL")).isEqualByComparingTo("10");
    }

    @Test
    void inspireSupportCountsOnlyItemsMarkedImportant() {
        Instrument inspire = Instruments.load("INSPIRE");
        Map<String, Object> a = new HashMap<>();
        int[] support = {4, 3, 2, 1};
        for (int i = 1; i <= 20; i++) {
            a.put(Integer.toString(i), i <= 4 ? support[i - 1] : 0);
            a.put(i + ".important", i <= 4);
        }
        for (int i = 21; i <= 27; i++) {
            a.put(Integer.toString(i), 3);
        }
        Scoring.Result r = Scoring.score(inspire, a);
        // important items 1–4: (4+3+2+1)/4 = 2.5; × 25 = 62.5 (the zeros on unimportant items do not count)
        assertThat(value(r, "SUPPORT")).isEqualByComparingTo("62.5");
        // relationship items 21–27 all 3: mean 3 × 25 = 75
        assertThat(value(r, "RELATIONSHIP")).isEqualByComparingTo("75");

        for (int i = 1; i <= 20; i++) {
            a.put(i + ".important", false);
        }
        assertThat(Scoring.score(inspire, a).scale("SUPPORT").scored()).isFalse();
        assertThat(Scoring.score(inspire, a).scale("SUPPORT").reason()).contains("important");
    }

    @Test
    void briefInspireIsTheMeanTimesTwentyFive() {
        // (4+4+2+2+3)/5 = 3; × 25 = 75
        assertThat(value(Scoring.score(Instruments.load("INSPIRE_BRIEF"), answers(4, 4, 2, 2, 3)), "TOTAL")).isEqualByComparingTo("75");
    }

    @Test
    void starReversesTheNonSupportiveItems() {
        for (String code : List.of("STAR_P", "STAR_C")) {
            Instrument star = Instruments.load(code);
            // 1–6 all 4: 24; 7–9 all 3: 9; 10–12 all 1, reversed 4+0−1 = 3 each: 9; total 24+9+9 = 42
            Scoring.Result r = Scoring.score(star, answers(4, 4, 4, 4, 4, 4, 3, 3, 3, 1, 1, 1));
            assertThat(value(r, "COLLABORATION")).isEqualByComparingTo("24");
            assertThat(value(r, "POSITIVE_INPUT")).isEqualByComparingTo("9");
            assertThat(value(r, code.equals("STAR_P") ? "NON_SUPPORTIVE" : "EMOTIONAL_DIFFICULTIES")).isEqualByComparingTo("9");
            assertThat(value(r, "TOTAL")).isEqualByComparingTo("42");
        }
    }

    @Test
    void bprsSumsAllItemsAndThePositiveAndNegativeSets() {
        Instrument bprs = Instruments.load("BPRS");
        // items 1..18 = 1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4: total 66;
        // positive 4,11,12,15 = 4+4+5+1 = 14; negative 3,13,16 = 3+6+2 = 11
        Scoring.Result r = Scoring.score(bprs, answers(1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4, 5, 6, 7, 1, 2, 3, 4));
        assertThat(value(r, "TOTAL")).isEqualByComparingTo("66");
        assertThat(value(r, "POSITIVE")).isEqualByComparingTo("14");
        assertThat(value(r, "NEGATIVE")).isEqualByComparingTo("11");
    }

    @Test
    void honosLeavesNotKnownItemsOutOfTheTotal() {
        Instrument honos = Instruments.load("HONOS");
        // 12 items of 2: 24; behaviour 1-3 = 6; social 9-12 = 8
        Scoring.Result r = Scoring.score(honos, answers(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
        assertThat(value(r, "TOTAL")).isEqualByComparingTo("24");
        assertThat(value(r, "BEHAVIOUR")).isEqualByComparingTo("6");
        assertThat(value(r, "SOCIAL")).isEqualByComparingTo("8");
        // Items 1 and 2 not known (left out): the total is the sum of the other ten, 20; behaviour is not scored.
        Map<String, Object> partial = new java.util.HashMap<>(answers(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2));
        partial.remove("1");
        partial.remove("2");
        Scoring.Result p = Scoring.score(honos, partial);
        assertThat(value(p, "TOTAL")).isEqualByComparingTo("20");
        assertThat(p.scale("BEHAVIOUR").scored()).isFalse();
    }

    @Test
    void wemwbsSumsAndBands() {
        Instrument w = Instruments.load("WEMWBS");
        // 14 × 3 = 42: in the 41–44 band
        Scoring.Result r = Scoring.score(w, answers(3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3));
        assertThat(value(r, "TOTAL")).isEqualByComparingTo("42");
        assertThat(r.scale("TOTAL").band()).isEqualTo("a little lower than most people");
        // 14 × 5 = 70: the top band
        assertThat(Scoring.score(w, answers(5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5)).scale("TOTAL").band())
                .isEqualTo("higher than most people");
    }

    @Test
    void swemwbsConvertsTheRawSumThroughTheTable() {
        // raw 7 × 3 = 21 → metric 19.25
        Scoring.Result r = Scoring.score(Instruments.load("SWEMWBS"), answers(3, 3, 3, 3, 3, 3, 3));
        assertThat(value(r, "RAW")).isEqualByComparingTo("21");
        assertThat(value(r, "METRIC")).isEqualByComparingTo("19.25");
        // one missing: this table allows none
        assertThat(Scoring.score(Instruments.load("SWEMWBS"), answers(3, 3, 3, 3, 3, 3)).scale("METRIC").scored()).isFalse();
    }

    @Test
    void reqol10Sums() {
        // 0+1+2+3+4+0+1+2+3+4 = 20
        assertThat(value(Scoring.score(Instruments.load("REQOL10"), answers(0, 1, 2, 3, 4, 0, 1, 2, 3, 4)), "TOTAL")).isEqualByComparingTo("20");
    }

    @Test
    void dialogAveragesLifeAndTreatmentSeparately() {
        // life 1–8 all 5: mean 5; treatment 7, 6, 5: mean 6
        Scoring.Result r = Scoring.score(Instruments.load("DIALOG"), answers(5, 5, 5, 5, 5, 5, 5, 5, 7, 6, 5));
        assertThat(value(r, "LIFE")).isEqualByComparingTo("5");
        assertThat(value(r, "TREATMENT")).isEqualByComparingTo("6");
    }

    @Test
    void gboScoresEachGoalThatWasRated() {
        Scoring.Result r = Scoring.score(Instruments.load("GBO"), Map.of("1", 3));
        assertThat(value(r, "GOAL_1")).isEqualByComparingTo("3");
        assertThat(r.scale("GOAL_2").scored()).isFalse();
    }

    @Test
    void chimeCheckInScoresEachProcessAndTheMean() {
        // (6+7+5+8+4)/5 = 30/5 = 6
        Scoring.Result r = Scoring.score(Instruments.load("CHIME_CHECKIN"), answers(6, 7, 5, 8, 4));
        assertThat(value(r, "HOPE")).isEqualByComparingTo("7");
        assertThat(value(r, "TOTAL")).isEqualByComparingTo("6");
        assertThat(Instruments.load("CHIME_CHECKIN").wordingInstalled()).isTrue();
        assertThat(Instruments.load("QPR15").wordingInstalled()).isFalse();
    }

    @Test
    void reliableChangeFollowsJacobsonAndTruax() {
        Scale total = Instruments.load("WEMWBS").scale("TOTAL").orElseThrow();
        // S_diff = √2 × 8.79 × √(1 − 0.89) = 1.41421 × 8.79 × 0.33166 = 4.1229
        // 40 → 50: RC = 10 / 4.1229 = 2.43 > 1.96: reliable improvement
        ReliableChange up = ReliableChange.between(total, new BigDecimal("40"), new BigDecimal("50"));
        assertThat(up.index()).isEqualByComparingTo("2.43");
        assertThat(up.reliable()).isTrue();
        assertThat(up.direction()).isEqualTo("improved");
        // 40 → 45: RC = 1.21: no reliable change
        assertThat(ReliableChange.between(total, new BigDecimal("40"), new BigDecimal("45")).direction())
                .isEqualTo("no reliable change");
        // 50 → 40: reliably worse
        assertThat(ReliableChange.between(total, new BigDecimal("50"), new BigDecimal("40")).direction()).isEqualTo("worsened");
    }

    @Test
    void badAnswersNameEachField() {
        Instrument qpr = Instruments.load("QPR15");
        Map<String, Object> bad = new HashMap<>(answers(3, 3, 3));
        bad.put("4", 5);
        bad.put("5", "three"); // a numeric string like "3" is accepted (CONTRACT.md)
        bad.put("6", 2.5);
        bad.put("99", 1);
        assertThatThrownBy(() -> Scoring.score(qpr, bad)).isInstanceOfSatisfying(Scoring.AnswerException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("answers.4", "answers.5", "answers.6", "answers.99"));
    }
}
