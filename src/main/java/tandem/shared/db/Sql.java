package tandem.shared.db;

import java.util.Collection;
import java.util.UUID;

/** Small helpers for parameters of hand-written SQL. */
public final class Sql {

    private Sql() {
    }

    /** A "contains" pattern for {@code ILIKE ... ESCAPE '\'}: the text's own %, _ and \ match themselves. */
    public static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** A PostgreSQL array literal of ids, for {@code CAST(:ids AS uuid[])}. */
    public static String uuidArray(Collection<UUID> ids) {
        return "{" + String.join(",", ids.stream().map(UUID::toString).toList()) + "}";
    }
}
