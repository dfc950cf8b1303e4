package tandem.workforce;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A count split in two (with and without lived experience), shown only when the group and each
 * side of the split have at least {@link #MIN} people; otherwise "fewer than 5" and no numbers.
 */
public record Counts(int staff, Integer withLivedExperience, BigDecimal percent, boolean suppressed) {

    public static final int MIN = 5;

    public static Counts of(int staff, int with) {
        if (staff < MIN || with < MIN || staff - with < MIN) {
            return new Counts(staff, null, null, true);
        }
        return new Counts(staff, with, BigDecimal.valueOf(100L * with).divide(BigDecimal.valueOf(staff), 1,
                RoundingMode.HALF_UP), false);
    }
}
