package tandem.clinical.web;

import java.math.BigDecimal;

/** One personal-recovery measure beside the clinical criteria: what, the latest figure, and its change in words. */
public record PersonalSide(String title, BigDecimal latest, String range, String change) {
}
