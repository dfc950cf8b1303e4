package tandem.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Flyway per module: {@code db/migration/__root} first (history table
 * {@code flyway_schema_history}), then each module's folder {@code db/migration/<module>} with its
 * own history table {@code flyway_schema_history_<module>}, in module dependency order. The same
 * layout as Spring Modulith's module-aware Flyway, run by us so that tests can migrate a template
 * database once with exactly the same code.
 */
public final class ModuleMigrations {

    /** Modules in dependency order; a folder not listed here runs after these, alphabetically. */
    public static final List<String> ORDER = List.of(
            "shared", "identity", "people", "consent", "audit", "measures", "recovery", "clinical",
            "college", "workforce", "change", "community", "reporting", "fhir");

    private ModuleMigrations() {
    }

    public static void migrate(Flyway root) {
        root.migrate();
        Configuration base = root.getConfiguration();
        for (String module : modules()) {
            Flyway.configure()
                    .configuration(base)
                    .locations("classpath:db/migration/" + module)
                    .table("flyway_schema_history_" + module)
                    .baselineOnMigrate(true)
                    .baselineVersion("0")
                    .load()
                    .migrate();
        }
    }

    public static void migrate(DataSource dataSource) {
        migrate(Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/__root").load());
    }

    static List<String> modules() {
        TreeSet<String> found = new TreeSet<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*/*.sql")) {
                String url = r.getURL().toString();
                String[] parts = url.split("/");
                String folder = parts[parts.length - 2];
                if (!"__root".equals(folder)) {
                    found.add(folder);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> ordered = new ArrayList<>();
        for (String m : ORDER) {
            if (found.remove(m)) {
                ordered.add(m);
            }
        }
        ordered.addAll(found);
        return ordered;
    }
}
