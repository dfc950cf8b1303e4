package tandem.shared.ids;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

/** The id of a staff member in the people module. */
@Schema(type = "string", format = "uuid", description = "The id of a staff member in the people module.")
public record StaffId(@JsonValue UUID value) implements TypedId {

    public StaffId {
        Objects.requireNonNull(value, "StaffId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StaffId of(UUID value) {
        return value == null ? null : new StaffId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static StaffId of(String text) {
        return new StaffId(TypedId.parse(text));
    }

    public static StaffId random() {
        return new StaffId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
