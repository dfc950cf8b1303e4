package tandem.measures.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A score computed from some items: their sum, their mean, their mean times a factor, or a raw sum
 * converted through a table. Reverse-scored items, an "important to me" filter, the missing-answer
 * rule, direction, range, bands, norms, codes and CHIME tags belong to the scale.
 */
public record Scale(String code, String title, Method method, List<String> items, Set<String> reversed,
        BigDecimal factor, Map<Integer, BigDecimal> table, boolean importantOnly, int maxMissing, boolean prorate,
        Direction direction, BigDecimal min, BigDecimal max, List<Band> bands, Norms norms, String snomed,
        String loinc, Set<Chime> chime) {

    public enum Method { SUM, MEAN, MEAN_TIMES_FACTOR, TABLE }

    public enum Direction {
        HIGHER_BETTER, LOWER_BETTER;

        public boolean better(BigDecimal from, BigDecimal to) {
            return this == HIGHER_BETTER ? to.compareTo(from) > 0 : to.compareTo(from) < 0;
        }
    }

    public Scale {
        items = List.copyOf(items);
        reversed = Set.copyOf(reversed);
        table = table == null ? Map.of() : Map.copyOf(table);
        bands = List.copyOf(bands);
        chime = Set.copyOf(chime);
        if (method == Method.TABLE && table.isEmpty()) {
            throw new IllegalArgumentException("Scale " + code + ": a conversion table is needed");
        }
        if (method == Method.MEAN_TIMES_FACTOR && factor == null) {
            throw new IllegalArgumentException("Scale " + code + ": a factor is needed");
        }
    }

    /** Whether the scale has a caseness cut-off. */
    public boolean hasCaseness() {
        return norms != null && norms.caseAt() != null;
    }

    /** Whether a score is a case by the cut-off (false when there is none). */
    public boolean isCase(BigDecimal value) {
        if (!hasCaseness() || value == null) {
            return false;
        }
        int c = value.compareTo(norms.caseAt());
        return direction == Direction.LOWER_BETTER ? c >= 0 : c <= 0;
    }

    /** The band a value falls in, or null. */
    public String band(BigDecimal value) {
        for (Band b : bands) {
            if (b.upTo() == null || value.compareTo(b.upTo()) <= 0) {
                return b.label();
            }
        }
        return null;
    }
}
