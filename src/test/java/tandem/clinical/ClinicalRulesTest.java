package tandem.clinical;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.quicktheories.generators.SourceDSL.integers;
import static tandem.support.Theories.intLists;
import static tandem.support.Theories.qt;

import tandem.clinical.ClinicalRules.Evaluation;
import tandem.clinical.ClinicalRules.Observation;
import tandem.clinical.ClinicalRules.Result;
import tandem.clinical.ClinicalRules.Status;

class ClinicalRulesTest {

    static final ClinicalRules RULES = new ClinicalRules(183, 2);
    static final LocalDate START = LocalDate.of(2023, 1, 10);

    static Observation o(Criterion c, String value, LocalDate on) {
        return new Observation(c, value, on);
    }

    static Result of(Evaluation e, Criterion c) {
        return e.criteria().stream().filter(r -> r.code() == c).findFirst().orElseThrow();
    }

    /** Every criterion met, observed every 90 days from START up to the given day. */
    static List<Observation> allMetEvery90Days(LocalDate until) {
        List<Observation> out = new ArrayList<>();
        for (LocalDate d = START; !d.isAfter(until); d = d.plusDays(90)) {
            for (Criterion c : Criterion.values()) {
                out.add(o(c, c.options().stream().filter(c::meets).findFirst().orElseThrow(), d));
            }
        }
        return out;
    }

    @Test
    void everyCriterionMetForTwoYearsIsRecovery() {
        Evaluation e = RULES.evaluate(allMetEvery90Days(START.plusYears(2)), START.plusYears(2).plusDays(10));
        assertThat(e.recovered()).isTrue();
        assertThat(of(e, Criterion.SOCIAL).since()).isEqualTo(START);
        assertThat(of(e, Criterion.SOCIAL).twoYearsOn()).isEqualTo(START.plusYears(2));
    }

    @Test
    void metButNotYetForTwoYearsIsNotRecovery() {
        Evaluation e = RULES.evaluate(allMetEvery90Days(START.plusYears(1)), START.plusYears(1).plusDays(30));
        assertThat(e.criteria()).allMatch(r -> r.status() == Status.MET);
        assertThat(e.recovered()).isFalse();
    }

    @Test
    void onlyHalfTimeOrMoreMeetsWorkOrStudy() {
        Evaluation e = RULES.evaluate(List.of(o(Criterion.WORK_OR_STUDY, "LESS_THAN_HALF_TIME", START)), START.plusDays(5));
        assertThat(of(e, Criterion.WORK_OR_STUDY).status()).isEqualTo(Status.NOT_MET);
    }

    @Test
    void day183AfterTheLastObservationStillCountsButDay184IsUnknown() {
        List<Observation> obs = List.of(o(Criterion.LIVING, "INDEPENDENT", START));
        assertThat(of(RULES.evaluate(obs, START.plusDays(183)), Criterion.LIVING).status()).isEqualTo(Status.MET);
        assertThat(of(RULES.evaluate(obs, START.plusDays(184)), Criterion.LIVING).status()).isEqualTo(Status.UNKNOWN);
    }

    @Test
    void aGapBreaksTheRunSoSinceStartsAgainAfterIt() {
        List<Observation> obs = List.of(o(Criterion.INCOME, "NOT_FULLY_DEPENDENT", START),
                o(Criterion.INCOME, "NOT_FULLY_DEPENDENT", START.plusDays(200)));
        Result r = of(RULES.evaluate(obs, START.plusDays(210)), Criterion.INCOME);
        assertThat(r.status()).isEqualTo(Status.MET);
        assertThat(r.since()).isEqualTo(START.plusDays(200));
    }

    @Test
    void aNotMetObservationEndsTheRunAndALaterMetOneStartsANewOne() {
        List<Observation> obs = List.of(o(Criterion.SYMPTOMS, "REMITTED", START), o(Criterion.SYMPTOMS, "NOT_REMITTED", START.plusDays(60)),
                o(Criterion.SYMPTOMS, "REMITTED", START.plusDays(120)));
        assertThat(of(RULES.evaluate(obs, START.plusDays(90)), Criterion.SYMPTOMS).status()).isEqualTo(Status.NOT_MET);
        assertThat(of(RULES.evaluate(obs, START.plusDays(130)), Criterion.SYMPTOMS).since()).isEqualTo(START.plusDays(120));
        // Observations after the day asked about are ignored.
        assertThat(of(RULES.evaluate(obs, START.plusDays(30)), Criterion.SYMPTOMS).since()).isEqualTo(START);
    }

    @Test
    void noObservationIsUnknown() {
        Evaluation e = RULES.evaluate(List.of(), START);
        assertThat(e.criteria()).allMatch(r -> r.status() == Status.UNKNOWN && r.since() == null);
        assertThat(e.recovered()).isFalse();
    }

    @Test
    void addingAnObservationThatAgreesWithTheCurrentOneNeverShortensARun() {
        qt().forAll(intLists(0, 1, 1, 12), integers().between(1, 120), integers().between(1, 183))
                .checkAssert(ClinicalRulesTest::agreeingObservationKeepsTheRun);
    }

    private static void agreeingObservationKeepsTheRun(List<Integer> values, int step, int after) {
        List<Observation> obs = new ArrayList<>();
        LocalDate d = START;
        for (int v : values) {
            obs.add(o(Criterion.SOCIAL, v == 1 ? "WEEKLY_OR_MORE" : "LESS_THAN_WEEKLY", d));
            d = d.plusDays(step);
        }
        LocalDate last = d.minusDays(step);
        LocalDate asOf = last.plusDays(after);
        Result before = of(RULES.evaluate(obs, asOf), Criterion.SOCIAL);
        List<Observation> more = new ArrayList<>(obs);
        more.add(o(Criterion.SOCIAL, obs.get(obs.size() - 1).value(), asOf));
        Result afterAdding = of(RULES.evaluate(more, asOf), Criterion.SOCIAL);
        assertThat(afterAdding.status()).as(values + " every " + step + " days, " + after + " after").isEqualTo(before.status());
        if (before.status() == Status.MET) {
            assertThat(afterAdding.since()).as(values + " every " + step + " days, " + after + " after").isEqualTo(before.since());
        }
    }

    @Test
    void aGapAlwaysYieldsUnknownNeverMet() {
        qt().forAll(intLists(0, 1, 1, 12), integers().between(1, 120), integers().between(184, 2000)).checkAssert((values, step, gap) -> {
            List<Observation> obs = new ArrayList<>();
            LocalDate d = START;
            for (int v : values) {
                obs.add(o(Criterion.LIVING, v == 1 ? "INDEPENDENT" : "SUPERVISED", d));
                d = d.plusDays(step);
            }
            Result r = of(RULES.evaluate(obs, d.minusDays(step).plusDays(gap)), Criterion.LIVING);
            assertThat(r.status()).as(values + " every " + step + " days, then " + gap + " days without").isEqualTo(Status.UNKNOWN);
        });
    }
}
