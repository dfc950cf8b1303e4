package tandem.measures.scoring;

import java.math.BigDecimal;

/** A band of scores up to and including {@code upTo} (null: no upper limit), with its plain label. */
public record Band(BigDecimal upTo, String label) {
}
