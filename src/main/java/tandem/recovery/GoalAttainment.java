package tandem.recovery;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The goal attainment T-score (Kiresuk and Sherman): {@code T = 50 + 10 Σwx / √((1−ρ)Σw² + ρ(Σw)²)}
 * with ρ = 0.3. Each goal contributes its level (−2 to +2) and weight (1 when not given).
 */
public final class GoalAttainment {

    public static final double RHO = 0.3;

    /** One goal's level and weight. */
    public record Rated(int level, double weight) {
        public Rated {
            if (level < -2 || level > 2) {
                throw new IllegalArgumentException("A level is from -2 to +2");
            }
            if (!(weight > 0)) {
                throw new IllegalArgumentException("A weight is more than 0");
            }
        }
    }

    private GoalAttainment() {
    }

    /** The T-score to one decimal place, or null when there are no goals. */
    public static BigDecimal tScore(List<Rated> goals) {
        if (goals.isEmpty()) {
            return null;
        }
        double sumWx = 0;
        double sumW = 0;
        double sumW2 = 0;
        for (Rated g : goals) {
            sumWx += g.weight() * g.level();
            sumW += g.weight();
            sumW2 += g.weight() * g.weight();
        }
        double t = 50 + 10 * sumWx / Math.sqrt((1 - RHO) * sumW2 + RHO * sumW * sumW);
        return BigDecimal.valueOf(t).setScale(1, RoundingMode.HALF_UP);
    }
}
