package tandem.change;

import java.util.List;
import java.util.Optional;

/**
 * The development scale for the ten challenges. No published scale could be confirmed
 * (RECOVERY.md), so it is configuration: {@code tandem.change.stages} as CODE|Label pairs, lowest
 * first. The default has four stages.
 */
public interface Stages {

    /** A stage: its code, the words shown, and its place on the scale (0 = lowest). */
    record Stage(String code, String label, int rank) {
    }

    /** Every stage, lowest first, each with its rank. */
    List<Stage> all();

    /** The stage with this code, if the scale has one. */
    Optional<Stage> find(String code);

    /** The words for a stage's code; the code itself when the scale does not know it. */
    default String label(String code) {
        return find(code).map(Stage::label).orElse(code);
    }

    /** A stage's place on the scale; 0 when the scale does not know the code. */
    default int rank(String code) {
        return find(code).map(Stage::rank).orElse(0);
    }
}
