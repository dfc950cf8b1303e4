package tandem.change.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tandem.change.Stages;

/** The development scale from {@code tandem.change.stages}, CODE|Label pairs, lowest first. */
@Component
class ConfiguredStages implements Stages {

    private final List<Stage> stages;

    ConfiguredStages(@Value("${tandem.change.stages:NOT_STARTED|Not started,EARLY|Early,DEVELOPING|Developing,EMBEDDED|Embedded}")
            List<String> config) {
        List<String[]> pairs = config.stream().map(s -> s.split("\\|")).toList();
        this.stages = IntStream.range(0, pairs.size()).mapToObj(i -> new Stage(pairs.get(i)[0].trim(), pairs.get(i)[1].trim(), i)).toList();
    }

    @Override
    public List<Stage> all() {
        return stages;
    }

    @Override
    public Optional<Stage> find(String code) {
        return stages.stream().filter(s -> s.code().equals(code)).findFirst();
    }
}
