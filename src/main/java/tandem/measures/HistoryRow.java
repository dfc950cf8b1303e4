package tandem.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * One stored response as the history API lists it: its scale scores as stored JSON text, and the
 * headline scale's code and value (null when that scale was not scored).
 */
public record HistoryRow(UUID id, String instrument, int definitionVersion, Instant authored, boolean completedTogether,
        String scalesJson, String headlineCode, BigDecimal headline) {
}
