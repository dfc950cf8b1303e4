package tandem.support;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;

import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Property tests with QuickTheories: a fixed seed, so that a failure reproduces on every machine and
 * in CI, and at least 1,000 examples a property (what the earlier library ran). QuickTheories shrinks
 * a failing case and prints it, with the seed, in the assertion message.
 * <p>
 * {@code PROPERTY_SEED} tries another seed and {@code PROPERTY_EXAMPLES} more (or fewer) examples,
 * both as environment variables or system properties.
 */
public final class Theories {

    /** The seed every property starts from unless {@code PROPERTY_SEED} says otherwise. */
    public static final long DEFAULT_SEED = 20261203L;
    public static final int DEFAULT_EXAMPLES = 1000;

    private Theories() {
    }

    public static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(seed()).withExamples(examples()).withShrinkCycles(10_000);
    }

    /** A list of whole numbers from {@code min} to {@code max}, of {@code minSize} to {@code maxSize} elements. */
    public static Gen<List<Integer>> intLists(int min, int max, int minSize, int maxSize) {
        return lists().of(integers().between(min, max)).ofSizeBetween(minSize, maxSize);
    }

    static long seed() {
        String s = setting("PROPERTY_SEED");
        return s == null ? DEFAULT_SEED : Long.parseLong(s.trim());
    }

    static int examples() {
        String s = setting("PROPERTY_EXAMPLES");
        return s == null ? DEFAULT_EXAMPLES : Integer.parseInt(s.trim());
    }

    private static String setting(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(name);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
