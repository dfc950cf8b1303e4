package tandem.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Modules never read or write each other's tables: each module's SQL names only the tables its own
 * migrations ({@code db/migration/<module>}) create. Another module's data is asked for through that
 * module's API, or kept in a read model of one's own fed by its events.
 */
class SqlOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/tandem");
    private static final Pattern CREATE = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_][a-z0-9_]*)");
    private static final Pattern USE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)");

    /** Uses that are still to be moved behind an API, file by file (this list only ever shrinks). */
    static final Map<String, Set<String>> NOT_YET = Map.of();

    @Test
    void everyModulesSqlNamesOnlyItsOwnTables() throws IOException {
        Map<String, String> owner = owners();
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String rel = SOURCES.relativize(file).toString().replace('\\', '/');
                String module = rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "";
                Matcher m = USE.matcher(Files.readString(file));
                while (m.find()) {
                    String table = m.group(1).toLowerCase(Locale.ROOT);
                    String tableOwner = owner.get(table);
                    if (tableOwner != null && !tableOwner.equals(module)
                            && !NOT_YET.getOrDefault(rel, Set.of()).contains(table)) {
                        violations.add(rel + " uses " + table + " of " + tableOwner);
                    }
                }
            }
        }
        assertThat(violations).as("SQL that names another module's tables").isEmpty();
    }

    @Test
    void theListOfUsesStillToMoveHoldsNoneThatAreGone() throws IOException {
        Map<String, String> owner = owners();
        List<String> stale = new ArrayList<>();
        for (var e : NOT_YET.entrySet()) {
            Path file = SOURCES.resolve(e.getKey());
            String text = Files.exists(file) ? Files.readString(file) : "";
            for (String table : e.getValue()) {
                boolean used = USE.matcher(text).results().anyMatch(r -> r.group(1).equalsIgnoreCase(table));
                if (!used || owner.get(table) == null) {
                    stale.add(e.getKey() + " no longer uses " + table + ": take it off NOT_YET");
                }
            }
        }
        assertThat(stale).isEmpty();
    }

    /** Table name to the module whose migrations create it. */
    static Map<String, String> owners() throws IOException {
        Map<String, String> owner = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(MIGRATIONS)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                try (Stream<Path> sql = Files.list(dir)) {
                    for (Path f : sql.filter(p -> p.toString().endsWith(".sql")).toList()) {
                        Matcher m = CREATE.matcher(Files.readString(f));
                        while (m.find()) {
                            owner.put(m.group(1).toLowerCase(Locale.ROOT), dir.getFileName().toString());
                        }
                    }
                }
            }
        }
        return owner;
    }
}
