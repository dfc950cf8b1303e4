package tandem.measures.scoring;

import java.math.BigDecimal;

/**
 * Norms for reliable and clinically significant change (Jacobson and Truax 1991): the standard
 * deviation and reliability of the measure, optional clinical and general-population means and SDs,
 * and where the figures come from. {@code meaningfulChange} is a published fixed threshold, used
 * when SD and reliability are not configured (e.g. WEMWBS: 3 points).
 */
public record Norms(BigDecimal sd, BigDecimal reliability, BigDecimal clinicalMean, BigDecimal clinicalSd,
        BigDecimal normalMean, BigDecimal normalSd, BigDecimal meaningfulChange, String source) {
}
