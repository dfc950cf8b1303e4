package tandem.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The layout of docs/architecture.md, checked: a module's root package is its API (façades and
 * records), {@code internal} holds the implementation, package-private, and {@code web} the pages and
 * endpoints. Inside a module, dependencies run one way only: web → root ← internal; the root never
 * reaches into its own internal or web package, and web never into internal.
 */
class ModuleLayoutTest {

    /** Modules whose layout already follows docs/architecture.md. Every module joins this list; none leaves it. */
    static final Set<String> FOLLOWING = Set.of("shared", "audit", "consent", "identity", "people", "college", "change", "recovery", "workforce",
            "measures", "community", "reporting", "clinical", "fhir");

    /** Main source files still over {@link #MAX_LINES} lines, to be split (this list only ever shrinks; it is empty now). */
    static final Set<String> STILL_LONG = Set.of();

    static final int MAX_LINES = 400;

    private static final JavaClasses MAIN = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("tandem");

    static String moduleOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 1 ? parts[1] : "";
    }

    /**
     * root, internal or web: the part of its module a class is in. A sub-package that the module
     * publishes as a named interface (measures.scoring, the pure scoring engine) is part of its API, so
     * it counts as the root.
     */
    static String layerOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        if (parts.length <= 2 || NAMED_INTERFACES.contains(parts[0] + "." + parts[1] + "." + parts[2])) {
            return "root";
        }
        return parts[2];
    }

    /** Sub-packages published with {@code @NamedInterface}: API beside the root (checked below). */
    static final Set<String> NAMED_INTERFACES = Set.of("tandem.measures.scoring");

    @Test
    void aModulesInternalTypesAreNotPublic() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : MAIN) {
            if (FOLLOWING.contains(moduleOf(c)) && "internal".equals(layerOf(c)) && c.isTopLevelClass()
                    && c.getModifiers().contains(JavaModifier.PUBLIC) && !c.getSimpleName().equals("package-info")) {
                violations.add(c.getName());
            }
        }
        assertThat(violations).as("public types in an internal package").isEmpty();
    }

    @Test
    void insideAModuleDependenciesRunFromWebAndInternalToTheRootOnly() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : MAIN) {
            String module = moduleOf(c);
            if (!FOLLOWING.contains(module) || module.equals("shared")) {
                continue;
            }
            String from = layerOf(c);
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                JavaClass target = d.getTargetClass();
                if (!target.getPackageName().startsWith("tandem.") || !moduleOf(target).equals(module)) {
                    continue;
                }
                String to = layerOf(target);
                boolean wrong = ("root".equals(from) && !"root".equals(to)) || ("web".equals(from) && "internal".equals(to))
                        || ("internal".equals(from) && "web".equals(to));
                if (wrong) {
                    violations.add(d.getDescription());
                }
            }
        }
        assertThat(violations).as("dependencies against the module's layout").isEmpty();
    }

    @Test
    void aModulesSubPackagesAreInternalWebOrANamedInterface() throws IOException {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : MAIN) {
            String[] parts = c.getPackageName().split("\\.");
            String module = moduleOf(c);
            if (parts.length > 2 && FOLLOWING.contains(module) && !module.equals("shared")
                    && !Set.of("internal", "web").contains(parts[2]) && !NAMED_INTERFACES.contains(String.join(".", parts[0], parts[1], parts[2]))) {
                violations.add(c.getName());
            }
        }
        assertThat(violations).as("classes outside root, internal, web and the named interfaces").isEmpty();
        for (String named : NAMED_INTERFACES) {
            Path info = Path.of("src/main/java", named.replace('.', '/'), "package-info.java");
            assertThat(Files.readString(info)).as(named + " is published as a named interface").contains("@org.springframework.modulith.NamedInterface");
        }
    }

    @Test
    void noMainSourceFileIsLongerThan400Lines() throws IOException {
        Path root = Path.of("src/main/java/tandem");
        List<String> longFiles = new ArrayList<>();
        List<String> listedButShort = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                long lines;
                try (Stream<String> l = Files.lines(f)) {
                    lines = l.count();
                }
                if (lines > MAX_LINES && !STILL_LONG.contains(rel)) {
                    longFiles.add(rel + " (" + lines + " lines)");
                }
                if (lines <= MAX_LINES && STILL_LONG.contains(rel)) {
                    listedButShort.add(rel);
                }
            }
        }
        assertThat(longFiles).as("files over " + MAX_LINES + " lines").isEmpty();
        assertThat(listedButShort).as("files on STILL_LONG that are short now: take them off").isEmpty();
    }

    /**
     * The classes that may send statements with the COMMIT ({@code shared.db.WithCommit}): writes
     * nothing in the same transaction reads back (docs/decisions/0009). Anything else writes the usual way.
     */
    static final Set<String> MAY_RIDE_WITH_COMMIT = Set.of("tandem.audit.internal.AuditStore", "tandem.measures.internal.ResponseStore",
            "tandem.measures.internal.AssignmentStore", "tandem.reporting.internal.OutcomeReadModel");

    @Test
    void onlyTheStoresThatNeedItSendStatementsWithTheCommit() {
        List<String> violations = new ArrayList<>();
        for (JavaClass c : MAIN) {
            String outer = c.getName().contains("$") ? c.getName().substring(0, c.getName().indexOf('$')) : c.getName();
            if (c.getPackageName().equals("tandem.shared.db") || MAY_RIDE_WITH_COMMIT.contains(outer)) {
                continue;
            }
            c.getDirectDependenciesFromSelf().stream().filter(d -> d.getTargetClass().getName().startsWith("tandem.shared.db.WithCommit"))
                    .findFirst().ifPresent(d -> violations.add(d.getDescription()));
        }
        assertThat(violations).as("uses of WithCommit outside the allowed stores").isEmpty();
    }
}
