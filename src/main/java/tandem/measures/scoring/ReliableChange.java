package tandem.measures.scoring;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Change between two scores of one scale: reliable by the Jacobson and Truax reliable change
 * index ({@code RC = (x2 − x1) / S_diff}, {@code S_diff = √2 · SD · √(1 − r)}, reliable when
 * |RC| > 1.96), or by a published fixed threshold when only that is configured. Without norms
 * the change is not assessed.
 */
public record ReliableChange(BigDecimal difference, boolean assessed, boolean reliable, String direction,
        BigDecimal index, String method) {

    public static final String IMPROVED = "improved";
    public static final String WORSENED = "worsened";
    public static final String NO_RELIABLE_CHANGE = "no reliable change";
    private static final BigDecimal CRITICAL = new BigDecimal("1.96");
    /** S_diff depends only on the norms: worked out once per set of norms. */
    private static final java.util.Map<Norms, BigDecimal> S_DIFF = new java.util.concurrent.ConcurrentHashMap<>();

    public static ReliableChange between(Scale scale, BigDecimal first, BigDecimal latest) {
        BigDecimal diff = Scoring.tidy(latest.subtract(first));
        Norms norms = scale.norms();
        if (norms != null && norms.sd() != null && norms.reliability() != null) {
            MathContext mc = MathContext.DECIMAL64;
            BigDecimal sDiff = S_DIFF.computeIfAbsent(norms, n -> BigDecimal.valueOf(2).sqrt(mc).multiply(n.sd())
                    .multiply(BigDecimal.ONE.subtract(n.reliability()).sqrt(mc), mc));
            BigDecimal rc = diff.divide(sDiff, mc);
            boolean reliable = rc.abs().compareTo(CRITICAL) > 0;
            return new ReliableChange(diff, true, reliable, direction(scale, first, latest, reliable),
                    rc.setScale(2, RoundingMode.HALF_UP), "Jacobson and Truax reliable change index");
        }
        if (norms != null && norms.meaningfulChange() != null) {
            boolean reliable = diff.abs().compareTo(norms.meaningfulChange()) >= 0;
            return new ReliableChange(diff, true, reliable, direction(scale, first, latest, reliable), null,
                    "a change of at least " + Scoring.tidy(norms.meaningfulChange()) + " points");
        }
        return new ReliableChange(diff, false, false, NO_RELIABLE_CHANGE, null, "not assessed: no norms configured");
    }

    private static String direction(Scale scale, BigDecimal first, BigDecimal latest, boolean reliable) {
        if (!reliable) {
            return NO_RELIABLE_CHANGE;
        }
        return scale.direction().better(first, latest) ? IMPROVED : WORSENED;
    }
}
