package tandem.measures.scoring;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the scoring engine per instrument (validate + score every scale), against a
 * baseline: summing the same answers straight out of the same map with no validation (the least
 * any scorer could do). Run by bench/score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ScoringBenchmark {

    @Param({"QPR15", "QPR22", "INSPIRE", "INSPIRE_BRIEF", "STAR_P", "STAR_C", "WEMWBS", "SWEMWBS", "REQOL10", "DIALOG",
            "GBO", "CHIME_CHECKIN"})
    public String code;

    Instrument instrument;
    Map<String, Object> answers;

    @Setup
    public void setUp() {
        instrument = Instruments.load(code);
        answers = new HashMap<>();
        Random random = new Random(1);
        for (Item item : instrument.items()) {
            answers.put(item.linkId(), item.min() + random.nextInt(item.max() - item.min() + 1));
            if (item.importance()) {
                answers.put(item.linkId() + ".important", random.nextBoolean());
            }
        }
    }

    @Benchmark
    public Scoring.Result score() {
        return Scoring.score(instrument, answers);
    }

    @Benchmark
    public long rawSum() {
        long sum = 0;
        for (Object v : answers.values()) {
            if (v instanceof Integer i) {
                sum += i;
            }
        }
        return sum;
    }
}
