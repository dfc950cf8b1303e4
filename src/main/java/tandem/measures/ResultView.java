package tandem.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import tandem.measures.scoring.ReliableChange;
import tandem.measures.scoring.Scale;
import tandem.measures.scoring.Scoring.ScaleScore;

/**
 * One instrument's results for one person, ready to show: per scale the latest score, the change
 * since the first and the last time (reliable or not), and the series over time.
 */
public record ResultView(String instrument, String title, List<ScaleResult> scales, List<StoredResponse> responses) {

    /** One scale's story. */
    public record ScaleResult(Scale scale, ScaleScore latest, BigDecimal first, BigDecimal previous,
            ReliableChange sinceFirst, ReliableChange sinceLast, List<Point> series) {
    }

    /** A scored point in time. */
    public record Point(Instant at, BigDecimal value) {
    }
}
