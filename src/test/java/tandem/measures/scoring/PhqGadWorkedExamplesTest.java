package tandem.measures.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * PHQ-9 and GAD-7 worked examples: each band boundary, caseness at the cut-off and one below, and
 * reliable improvement at the threshold and one below (INSTRUMENTS.md; NHS Talking Therapies).
 * HoNOS's 9 ("not known") beside them, since it is the other rule the item values carry.
 */
class PhqGadWorkedExamplesTest {

    private final Instrument phq9 = Instruments.load("PHQ9");
    private final Instrument gad7 = Instruments.load("GAD7");

    /** Answers adding up to {@code total}: items filled with 3s from the first, the rest 0. */
    static Map<String, Object> totalling(Instrument instrument, int total) {
        Map<String, Object> m = new HashMap<>();
        int left = total;
        for (Item item : instrument.items()) {
            int v = Math.min(3, left);
            m.put(item.linkId(), v);
            left -= v;
        }
        assertThat(left).as("total too high for " + instrument.code()).isZero();
        return m;
    }

    private Scoring.ScaleScore total(Instrument instrument, int total) {
        return Scoring.score(instrument, totalling(instrument, total)).scale("TOTAL");
    }

    @Test
    void phq9ShipsItsWordingAndIsSelfReport() {
        assertThat(phq9.wordingInstalled()).isTrue();
        assertThat(phq9.personCanComplete()).isTrue();
        assertThat(phq9.items()).hasSize(9);
        assertThat(phq9.stem()).isEqualTo("Over the last 2 weeks, how often have you been bothered by any of the following problems?");
        assertThat(phq9.item("1").orElseThrow().text()).isEqualTo("Little interest or pleasure in doing things");
        assertThat(phq9.item("9").orElseThrow().text()).isEqualTo("Thoughts that you would be better off dead or of hurting yourself in some way");
        assertThat(phq9.item("1").orElseThrow().options()).extracting(Item.Option::label)
                .containsExactly("Not at all", "Several days", "More than half the days", "Nearly every day");
        assertThat(phq9.scale("TOTAL").orElseThrow().norms().source()).contains("Kroenke").contains("NHS Talking Therapies");
        assertThat(phq9.snomed()).isEqualTo("720433000");
        assertThat(phq9.loinc()).isEqualTo("44249-1");
        assertThat(phq9.scale("TOTAL").orElseThrow().loinc()).isEqualTo("44261-6");
        assertThat(phq9.safetyItem()).isEqualTo("9");
    }

    @Test
    void gad7ShipsItsWordingAndIsSelfReport() {
        assertThat(gad7.personCanComplete()).isTrue();
        assertThat(gad7.items()).hasSize(7);
        assertThat(gad7.item("7").orElseThrow().text()).isEqualTo("Feeling afraid as if something awful might happen");
        assertThat(gad7.snomed()).isEqualTo("445455005");
        assertThat(gad7.scale("TOTAL").orElseThrow().loinc()).isEqualTo("70274-6");
        assertThat(gad7.safetyItem()).isNull();
    }

    @Test
    void phq9SumsNineItemsFrom0To27() {
        // 0+1+2+3+0+1+2+3+0 = 12
        Map<String, Object> a = ScoringWorkedExamplesTest.answers(0, 1, 2, 3, 0, 1, 2, 3, 0);
        assertThat(Scoring.score(phq9, a).scale("TOTAL").value()).isEqualByComparingTo("12");
        assertThat(total(phq9, 0).value()).isEqualByComparingTo("0");
        assertThat(total(phq9, 27).value()).isEqualByComparingTo("27");
    }

    @Test
    void phq9BandsChangeAtEachPublishedBoundary() {
        assertThat(total(phq9, 0).band()).isEqualTo("minimal");
        assertThat(total(phq9, 4).band()).isEqualTo("minimal");
        assertThat(total(phq9, 5).band()).isEqualTo("mild");
        assertThat(total(phq9, 9).band()).isEqualTo("mild");
        assertThat(total(phq9, 10).band()).isEqualTo("moderate");
        assertThat(total(phq9, 14).band()).isEqualTo("moderate");
        assertThat(total(phq9, 15).band()).isEqualTo("moderately severe");
        assertThat(total(phq9, 19).band()).isEqualTo("moderately severe");
        assertThat(total(phq9, 20).band()).isEqualTo("severe");
        assertThat(total(phq9, 27).band()).isEqualTo("severe");
    }

    @Test
    void gad7BandsChangeAtEachPublishedBoundary() {
        assertThat(total(gad7, 0).band()).isEqualTo("minimal");
        assertThat(total(gad7, 4).band()).isEqualTo("minimal");
        assertThat(total(gad7, 5).band()).isEqualTo("mild");
        assertThat(total(gad7, 9).band()).isEqualTo("mild");
        assertThat(total(gad7, 10).band()).isEqualTo("moderate");
        assertThat(total(gad7, 14).band()).isEqualTo("moderate");
        assertThat(total(gad7, 15).band()).isEqualTo("severe");
        assertThat(total(gad7, 21).band()).isEqualTo("severe");
    }

    @Test
    void phq9IsACaseAt10AndNotAt9() {
        Scale s = phq9.scale("TOTAL").orElseThrow();
        assertThat(s.isCase(total(phq9, 10).value())).isTrue();
        assertThat(s.isCase(total(phq9, 9).value())).isFalse();
    }

    @Test
    void gad7IsACaseAt8AndNotAt7() {
        Scale s = gad7.scale("TOTAL").orElseThrow();
        assertThat(s.isCase(total(gad7, 8).value())).isTrue();
        assertThat(s.isCase(total(gad7, 7).value())).isFalse();
    }

    @Test
    void phq9ReliableImprovementIsAFallOfSixNotFive() {
        Scale s = phq9.scale("TOTAL").orElseThrow();
        ReliableChange six = ReliableChange.between(s, total(phq9, 18).value(), total(phq9, 12).value());
        assertThat(six.assessed()).isTrue();
        assertThat(six.reliable()).isTrue();
        assertThat(six.direction()).isEqualTo(ReliableChange.IMPROVED);
        ReliableChange five = ReliableChange.between(s, total(phq9, 18).value(), total(phq9, 13).value());
        assertThat(five.reliable()).isFalse();
        assertThat(five.direction()).isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
        // and a rise of 6 is reliable deterioration
        assertThat(ReliableChange.between(s, new BigDecimal("4"), new BigDecimal("10")).direction()).isEqualTo(ReliableChange.WORSENED);
    }

    @Test
    void gad7ReliableImprovementIsAFallOfFourNotThree() {
        Scale s = gad7.scale("TOTAL").orElseThrow();
        ReliableChange four = ReliableChange.between(s, total(gad7, 12).value(), total(gad7, 8).value());
        assertThat(four.reliable()).isTrue();
        assertThat(four.direction()).isEqualTo(ReliableChange.IMPROVED);
        ReliableChange three = ReliableChange.between(s, total(gad7, 12).value(), total(gad7, 9).value());
        assertThat(three.reliable()).isFalse();
        assertThat(three.direction()).isEqualTo(ReliableChange.NO_RELIABLE_CHANGE);
    }

    @Test
    void aMissingItemLeavesTheTotalNotScored() {
        Map<String, Object> a = totalling(phq9, 12);
        a.remove("5");
        Scoring.ScaleScore s = Scoring.score(phq9, a).scale("TOTAL");
        assertThat(s.scored()).isFalse();
        assertThat(s.reason()).contains("1 question was not answered");
    }

    @Test
    void answersMayBeNumericStrings() {
        Map<String, Object> a = new HashMap<>();
        for (int i = 1; i <= 7; i++) {
            a.put(Integer.toString(i), i % 2 == 0 ? "2" : " 1 ");
        }
        // 1+2+1+2+1+2+1 = 10
        assertThat(Scoring.score(gad7, a).scale("TOTAL").value()).isEqualByComparingTo("10");
        a.put("1", "one");
        assertThatThrownBy(() -> Scoring.score(gad7, a)).isInstanceOfSatisfying(Scoring.AnswerException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.field()).isEqualTo("answers.1")));
        a.put("1", "4");
        assertThatThrownBy(() -> Scoring.score(gad7, a)).isInstanceOf(Scoring.AnswerException.class);
    }

    @Test
    void phq9Item9AboveZeroIsASafetyAnswer() {
        Map<String, Integer> none = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            none.put(Integer.toString(i), 2);
        }
        none.put("9", 0);
        assertThat(phq9.safetyAnswer(none)).isFalse();
        none.put("9", 1);
        assertThat(phq9.safetyAnswer(none)).isTrue();
        none.remove("9");
        assertThat(phq9.safetyAnswer(none)).isFalse();
        assertThat(gad7.safetyAnswer(Map.of("1", 3))).isFalse();
    }

    @Test
    void honosAcceptsNineForNotKnownAndLeavesItOutOfTheTotal() {
        Instrument honos = Instruments.load("HONOS");
        assertThat(honos.selfReport()).isFalse();
        // items 1 and 12 not known (9); the other ten are 3: total 30, not 30 + 18
        Map<String, Object> a = ScoringWorkedExamplesTest.answers(9, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 9);
        Scoring.Result r = Scoring.score(honos, a);
        assertThat(r.scale("TOTAL").value()).isEqualByComparingTo("30");
        // behaviour (1-3): item 1 not known, 3 + 3 = 6; social (9-12): item 12 not known, 9
        assertThat(r.scale("BEHAVIOUR").value()).isEqualByComparingTo("6");
        assertThat(r.scale("SOCIAL").value()).isEqualByComparingTo("9");
        // the string "9" is accepted too, and stored values keep the 9
        a.put("5", "9");
        Scoring.Answers checked = Scoring.validate(honos, a);
        assertThat(checked.values()).containsEntry("5", 9);
        // three not known: more than the total allows (2), so it is not scored
        assertThat(Scoring.score(honos, checked).scale("TOTAL").scored()).isFalse();
        // 5 to 8 are still refused, naming the answer and the not-known value
        a.put("5", 6);
        assertThatThrownBy(() -> Scoring.score(honos, a)).isInstanceOfSatisfying(Scoring.AnswerException.class,
                e -> assertThat(e.problems()).anySatisfy(p -> assertThat(p.message()).contains("9 for not known")));
    }
}
