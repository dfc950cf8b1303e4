package tandem.shared.ids;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

/** The id of a programme (a network of organisations). */
@Schema(type = "string", format = "uuid", description = "The id of a programme (a network of organisations).")
public record ProgrammeId(@JsonValue UUID value) implements TypedId {

    public ProgrammeId {
        Objects.requireNonNull(value, "ProgrammeId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ProgrammeId of(UUID value) {
        return value == null ? null : new ProgrammeId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static ProgrammeId of(String text) {
        return new ProgrammeId(TypedId.parse(text));
    }

    public static ProgrammeId random() {
        return new ProgrammeId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
