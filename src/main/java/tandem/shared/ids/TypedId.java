package tandem.shared.ids;

import java.io.Serializable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import org.springframework.jdbc.core.SqlTypeValue;

/**
 * An id that says what it identifies, so that a person's id cannot be passed where a team's is
 * meant. Ids cross module boundaries as these types; inside a module's SQL they are plain UUIDs
 * ({@link #value()}). They print as the UUID (in URLs and templates) and travel in JSON as the
 * UUID string. Given to {@code JdbcClient} (or any Spring JDBC statement) as a parameter, an id is
 * bound as its UUID, so a store may take typed ids without unwrapping each one.
 */
public interface TypedId extends Serializable, SqlTypeValue {

    UUID value();

    /** Binds the id as its UUID (Spring JDBC calls this for every parameter that is a {@link SqlTypeValue}). */
    @Override
    default void setTypeValue(PreparedStatement ps, int index, int sqlType, String typeName) throws SQLException {
        ps.setObject(index, value());
    }

    /** The UUID of an id that may be absent (null for null), for SQL parameters of columns that may be empty. */
    static UUID uuid(TypedId id) {
        return id == null ? null : id.value();
    }

    /** The UUID in a text, for the {@code of(String)} factories; a malformed one is an {@link IllegalArgumentException}. */
    static UUID parse(String text) {
        if (text == null) {
            throw new IllegalArgumentException("No id");
        }
        return UUID.fromString(text.trim());
    }
}
