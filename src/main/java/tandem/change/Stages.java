package tandem.change;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The development scale for the ten challenges. No published scale could be confirmed
 * (RECOVERY.md), so it is configuration: {@code tandem.change.stages} as CODE|Label pairs, lowest
 * first. The default has four stages.
 */
@Component
public class Stages {

    /** A stage: its code, the words shown, and its place on the scale (0 = lowest). */
    public record Stage(String code, String label, int rank) {
    }

    private final List<Stage> stages;

    Stages(@Value("${tandem.change.stages:NOT_STARTED|Not started,EARLY|Early,DEVELOPING|Developing,EMBEDDED|Embedded}")
            List<String> config) {
        this.stages = config.stream().map(s -> s.split("\\|")).map(p -> new Stage(p[0].trim(), p[1].trim(), 0)).toList();
    }

    public List<Stage> all() {
        return java.util.stream.IntStream.range(0, stages.size())
                .mapToObj(i -> new Stage(stages.get(i).code(), stages.get(i).label(), i)).toList();
    }

    public java.util.Optional<Stage> find(String code) {
        return all().stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public String label(String code) {
        return find(code).map(Stage::label).orElse(code);
    }

    public int rank(String code) {
        return find(code).map(Stage::rank).orElse(0);
    }
}
