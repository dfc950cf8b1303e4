package tandem.recovery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.quicktheories.generators.SourceDSL.integers;
import static tandem.support.Theories.intLists;
import static tandem.support.Theories.qt;

import tandem.recovery.GoalAttainment.Rated;

class GoalAttainmentTest {

    static Rated r(int level) {
        return new Rated(level, 1);
    }

    @Test
    void oneGoalAtEachLevelGivesTenPointsPerLevel() {
        // n = 1: sqrt(0.7 + 0.3) = 1, so T = 50 + 10x.
        assertThat(GoalAttainment.tScore(List.of(r(2)))).isEqualByComparingTo("70.0");
        assertThat(GoalAttainment.tScore(List.of(r(-2)))).isEqualByComparingTo("30.0");
        assertThat(GoalAttainment.tScore(List.of(r(0)))).isEqualByComparingTo("50.0");
    }

    @Test
    void threeUnweightedGoalsWorkedExample() {
        // x = 2, 1, 0: sum 3; sqrt(0.7*3 + 0.3*9) = sqrt(4.8) = 2.19089; T = 50 + 30 / 2.19089 = 63.69
        assertThat(GoalAttainment.tScore(List.of(r(2), r(1), r(0)))).isEqualByComparingTo("63.7");
        // x = 1, 0, -1: sum 0; T = 50
        assertThat(GoalAttainment.tScore(List.of(r(1), r(0), r(-1)))).isEqualByComparingTo("50.0");
    }

    @Test
    void weightedWorkedExample() {
        // w = 2, 1; x = 1, -1: sum wx = 1; sum w^2 = 5; (sum w)^2 = 9; sqrt(3.5 + 2.7) = 2.48998; T = 50 + 10/2.48998 = 54.02
        assertThat(GoalAttainment.tScore(List.of(new Rated(1, 2), new Rated(-1, 1)))).isEqualByComparingTo("54.0");
    }

    @Test
    void noGoalsHaveNoScoreAndLevelsOutsideTheScaleAreRefused() {
        assertThat(GoalAttainment.tScore(List.of())).isNull();
        assertThatThrownBy(() -> new Rated(3, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Rated(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allGoalsAtExpectedLevelAlwaysScoreFifty() {
        qt().forAll(integers().between(1, 20)).checkAssert(n -> {
            List<Rated> goals = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                goals.add(r(0));
            }
            assertThat(GoalAttainment.tScore(goals)).as(n + " goals").isEqualByComparingTo(BigDecimal.valueOf(50));
        });
    }

    @Test
    void raisingOneGoalsLevelNeverLowersTheScore() {
        qt().forAll(intLists(-2, 1, 1, 10), integers().between(0, 9)).checkAssert((levels, which) -> {
            int i = which % levels.size();
            List<Rated> before = levels.stream().map(GoalAttainmentTest::r).toList();
            List<Rated> after = new ArrayList<>(before);
            after.set(i, r(levels.get(i) + 1));
            assertThat(GoalAttainment.tScore(after)).as("levels " + levels + ", raising goal " + i)
                    .isGreaterThanOrEqualTo(GoalAttainment.tScore(before));
        });
    }

    @Test
    void scoresStayWithinTheRangeOfAllAtMinusTwoToAllAtPlusTwo() {
        qt().forAll(intLists(-2, 2, 1, 10)).checkAssert(levels -> {
            List<Rated> goals = levels.stream().map(GoalAttainmentTest::r).toList();
            List<Rated> low = levels.stream().map(l -> r(-2)).toList();
            List<Rated> high = levels.stream().map(l -> r(2)).toList();
            assertThat(GoalAttainment.tScore(goals)).as("levels " + levels).isBetween(GoalAttainment.tScore(low), GoalAttainment.tScore(high));
        });
    }
}
