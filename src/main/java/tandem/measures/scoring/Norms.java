package tandem.measures.scoring;

import java.math.BigDecimal;

/**
 * Norms for reliable and clinically significant change (Jacobson and Truax 1991): the standard
 * deviation and reliability of the measure, optional clinical and general-population means and SDs,
 * and where the figures come from. {@code meaningfulChange} is a published fixed threshold, used
 * when SD and reliability are not configured (e.g. WEMWBS: 3 points). {@code caseAt} is a caseness
 * cut-off: on a lower-is-better scale a score at or above it is a case (PHQ-9: 10), on a
 * higher-is-better one a score at or below it.
 */
public record Norms(BigDecimal sd, BigDecimal reliability, BigDecimal clinicalMean, BigDecimal clinicalSd,
        BigDecimal normalMean, BigDecimal normalSd, BigDecimal meaningfulChange, String source, BigDecimal caseAt) {

    public Norms(BigDecimal sd, BigDecimal reliability, BigDecimal clinicalMean, BigDecimal clinicalSd, BigDecimal normalMean,
            BigDecimal normalSd, BigDecimal meaningfulChange, String source) {
        this(sd, reliability, clinicalMean, clinicalSd, normalMean, normalSd, meaningfulChange, source, null);
    }
}
