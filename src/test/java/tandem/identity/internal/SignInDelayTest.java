package tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.integers;
import static tandem.support.Theories.qt;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** The throttle's rule: free failures, then a delay after the last one that doubles and stops at the cap. */
class SignInDelayTest {

    static final Instant LAST = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void theFirstFailuresCostNothing() {
        for (int failures = 0; failures < 5; failures++) {
            assertThat(SignInDelay.PER_NAME.earliestNextAttempt(failures, LAST)).as("%d failures", failures).isNull();
            assertThat(SignInDelay.PER_NAME.mustWait(failures, LAST, LAST)).isFalse();
        }
    }

    @Test
    void afterFiveFailuresTheWaitDoublesWithEachFurtherOneUpToFifteenMinutes() {
        assertThat(SignInDelay.PER_NAME.earliestNextAttempt(5, LAST)).isEqualTo(LAST.plus(Duration.ofMinutes(1)));
        assertThat(SignInDelay.PER_NAME.earliestNextAttempt(6, LAST)).isEqualTo(LAST.plus(Duration.ofMinutes(2)));
        assertThat(SignInDelay.PER_NAME.earliestNextAttempt(7, LAST)).isEqualTo(LAST.plus(Duration.ofMinutes(4)));
        assertThat(SignInDelay.PER_NAME.earliestNextAttempt(8, LAST)).isEqualTo(LAST.plus(Duration.ofMinutes(8)));
        assertThat(SignInDelay.PER_NAME.earliestNextAttempt(9, LAST)).isEqualTo(LAST.plus(Duration.ofMinutes(15)));
        assertThat(SignInDelay.PER_NAME.earliestNextAttempt(10_000, LAST)).isEqualTo(LAST.plus(Duration.ofMinutes(15)));
        assertThat(SignInDelay.PER_NAME.earliestNextAttempt(Integer.MAX_VALUE, LAST)).isEqualTo(LAST.plus(Duration.ofMinutes(15)));
    }

    @Test
    void anAttemptWaitsUntilTheEarliestMomentAndNotAfter() {
        Instant earliest = LAST.plus(Duration.ofMinutes(1));
        assertThat(SignInDelay.PER_NAME.mustWait(5, LAST, earliest.minusMillis(1))).isTrue();
        assertThat(SignInDelay.PER_NAME.mustWait(5, LAST, earliest)).isFalse();
    }

    @Test
    void oneAddressGetsThirtyFreeFailuresAcrossAllNames() {
        assertThat(SignInDelay.PER_ADDRESS.earliestNextAttempt(29, LAST)).isNull();
        assertThat(SignInDelay.PER_ADDRESS.earliestNextAttempt(30, LAST)).isEqualTo(LAST.plus(Duration.ofMinutes(1)));
        assertThat(SignInDelay.PER_ADDRESS.earliestNextAttempt(31, LAST)).isEqualTo(LAST.plus(Duration.ofMinutes(2)));
    }

    @Test
    void moreFailuresNeverMeanAShorterWaitAndTheWaitNeverPassesTheCap() {
        qt().forAll(integers().between(0, 100_000), integers().between(0, 100_000)).checkAssert((a, b) -> {
            int fewer = Math.min(a, b);
            int more = Math.max(a, b);
            Duration shorter = SignInDelay.PER_NAME.delayAfter(fewer);
            Duration longer = SignInDelay.PER_NAME.delayAfter(more);
            assertThat(longer).as("delay after %d failures against after %d", more, fewer).isGreaterThanOrEqualTo(shorter);
            assertThat(longer).as("delay after %d failures", more).isLessThanOrEqualTo(Duration.ofMinutes(15));
        });
    }

    @Test
    void eachFurtherFailureDoublesTheWaitUntilTheCap() {
        qt().forAll(integers().between(5, 100_000)).checkAssert(failures -> {
            Duration now = SignInDelay.PER_NAME.delayAfter(failures);
            Duration next = SignInDelay.PER_NAME.delayAfter(failures + 1);
            Duration expected = now.multipliedBy(2).compareTo(Duration.ofMinutes(15)) > 0 ? Duration.ofMinutes(15) : now.multipliedBy(2);
            assertThat(next).as("delay after %d failures, then one more", failures).isEqualTo(expected);
        });
    }

    @Test
    void theWaitIsCountedFromTheLastFailure() {
        qt().forAll(integers().between(0, 1_000), integers().between(0, 2_000_000_000)).checkAssert((failures, seconds) -> {
            Instant last = Instant.EPOCH.plusSeconds(seconds);
            Instant earliest = SignInDelay.PER_NAME.earliestNextAttempt(failures, last);
            if (failures < 5) {
                assertThat(earliest).as("%d failures", failures).isNull();
            } else {
                assertThat(Duration.between(last, earliest)).as("%d failures", failures).isEqualTo(SignInDelay.PER_NAME.delayAfter(failures))
                        .isPositive();
            }
        });
    }
}
