package tandem.reporting;

import java.math.BigDecimal;
import java.math.MathContext;

import tandem.measures.MeasuresApi;
import tandem.measures.scoring.Instrument;
import tandem.measures.scoring.Norms;
import tandem.measures.scoring.Scale;

/**
 * How a dashboard judges one person's change on an instrument: the headline scale, the size of
 * change that counts as reliable (the Jacobson and Truax index above 1.96, that is a difference
 * above 1.96 times S_diff; or a published fixed threshold, reached or passed), and which way is
 * better. The same rule the person's own results page uses.
 */
public record OutcomeRule(String instrument, String title, String scale, boolean assessed, BigDecimal threshold,
        boolean strict, int betterSign, String method) {

    private static final BigDecimal CRITICAL = new BigDecimal("1.96");

    public static OutcomeRule of(Instrument instrument) {
        Scale scale = MeasuresApi.primaryScale(instrument);
        int sign = scale.direction() == Scale.Direction.HIGHER_BETTER ? 1 : -1;
        Norms norms = scale.norms();
        if (norms != null && norms.sd() != null && norms.reliability() != null) {
            MathContext mc = MathContext.DECIMAL64;
            BigDecimal sDiff = BigDecimal.valueOf(2).sqrt(mc).multiply(norms.sd())
                    .multiply(BigDecimal.ONE.subtract(norms.reliability()).sqrt(mc), mc);
            BigDecimal threshold = CRITICAL.multiply(sDiff, mc);
            return new OutcomeRule(instrument.code(), instrument.title(), scale.code(), true, threshold, true, sign,
                    "a change of more than " + threshold.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString()
                            + " points (reliable change index above 1.96)");
        }
        if (norms != null && norms.meaningfulChange() != null) {
            return new OutcomeRule(instrument.code(), instrument.title(), scale.code(), true, norms.meaningfulChange(), false,
                    sign, "a change of at least " + norms.meaningfulChange().stripTrailingZeros().toPlainString() + " points");
        }
        return new OutcomeRule(instrument.code(), instrument.title(), scale.code(), false, BigDecimal.ZERO, false, sign,
                "not assessed: this instrument has no published norms for reliable change");
    }
}
