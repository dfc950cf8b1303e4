package tandem.identity.internal;

import java.time.Duration;
import java.time.Instant;

/**
 * The rule of the sign-in throttle, as a pure function: after {@code free} failures counted within
 * {@code window}, the next attempt must wait until the last failure plus a delay that starts at
 * {@code first} and doubles with each further failure, never more than {@code cap}. Nothing is ever
 * locked: the wait always ends, and an attempt that had to wait does not count as a failure.
 */
record SignInDelay(int free, Duration window, Duration first, Duration cap) {

    /** For one name, from clients without a device cookie for it: five free, then 1, 2, 4, 8 and 15 minutes. */
    static final SignInDelay PER_NAME = new SignInDelay(5, Duration.ofHours(24), Duration.ofMinutes(1), Duration.ofMinutes(15));

    /** For one client address, across all names: thirty free in a quarter of an hour, then the same delays. */
    static final SignInDelay PER_ADDRESS = new SignInDelay(30, Duration.ofMinutes(15), Duration.ofMinutes(1),
            Duration.ofMinutes(15));

    SignInDelay {
        if (free < 1 || window.isNegative() || first.isNegative() || first.isZero() || cap.compareTo(first) < 0) {
            throw new IllegalArgumentException("Not a usable sign-in delay rule");
        }
    }

    /** How long after the last failure the next attempt must wait, given the failures counted in the window. */
    Duration delayAfter(int failures) {
        if (failures < free) {
            return Duration.ZERO;
        }
        int doublings = failures - free;
        // past 2^40 the cap has long been reached; stop before the multiplication could overflow
        if (doublings >= 40) {
            return cap;
        }
        Duration delay = first.multipliedBy(1L << doublings);
        return delay.compareTo(cap) > 0 ? cap : delay;
    }

    /**
     * The earliest moment the next attempt may have its password checked; {@code null} when it need not wait.
     *
     * @param failures the failures counted since {@code now - window}
     * @param lastFailure the latest of them (ignored when there are none)
     */
    Instant earliestNextAttempt(int failures, Instant lastFailure) {
        if (failures < free || lastFailure == null) {
            return null;
        }
        return lastFailure.plus(delayAfter(failures));
    }

    /** Whether an attempt at {@code now} must wait. */
    boolean mustWait(int failures, Instant lastFailure, Instant now) {
        Instant earliest = earliestNextAttempt(failures, lastFailure);
        return earliest != null && now.isBefore(earliest);
    }
}
