package tandem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** Where the module diagrams are kept in the repository (linked from the README and docs/modules.md). */
    static final Path KEPT = Path.of("docs/diagrams");

    private final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

    @Test
    void modulesRespectTheirBoundariesAndHaveNoCycles() {
        modules.verify();
    }

    /**
     * Writes the module diagrams (PlantUML) and canvases to target/spring-modulith-docs, and checks
     * that the copies kept under docs/diagrams still show the modules as they are. With
     * {@code TANDEM_WRITE_DOCS=1} it refreshes those copies instead.
     */
    @Test
    void theModuleDiagramsInDocsShowTheModulesAsTheyAre() throws IOException {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml().writeModuleCanvases();
        Path written = Path.of("target/spring-modulith-docs");
        List<Path> diagrams;
        try (Stream<Path> files = Files.list(written)) {
            diagrams = files.filter(f -> f.toString().endsWith(".puml")).sorted().toList();
        }
        assertThat(diagrams).as("diagrams written").isNotEmpty();
        boolean refresh = "1".equals(System.getenv("TANDEM_WRITE_DOCS"));
        if (refresh) {
            Files.createDirectories(KEPT);
        }
        for (Path diagram : diagrams) {
            Path kept = KEPT.resolve(diagram.getFileName());
            if (refresh) {
                Files.copy(diagram, kept, StandardCopyOption.REPLACE_EXISTING);
            } else {
                assertThat(Files.exists(kept) ? sortedLines(kept) : List.of())
                        .as(kept + " is out of date: run the tests once with TANDEM_WRITE_DOCS=1 and commit docs/diagrams")
                        .isEqualTo(sortedLines(diagram));
            }
        }
    }

    /** The diagram's lines in order, so that a change in the order PlantUML lists them in is not a change. */
    private static List<String> sortedLines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).sorted().toList();
    }
}
