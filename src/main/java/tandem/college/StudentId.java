package tandem.college;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

import tandem.shared.ids.TypedId;

/** The id of a student of the college (not a person's id: a student need not have a Tandem record). */
@Schema(type = "string", format = "uuid", description = "The id of a student of the college (not a person's id: a student need not have a Tandem record).")
public record StudentId(@JsonValue UUID value) implements TypedId {

    public StudentId {
        Objects.requireNonNull(value, "StudentId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static StudentId of(UUID value) {
        return value == null ? null : new StudentId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static StudentId of(String text) {
        return new StudentId(TypedId.parse(text));
    }

    public static StudentId random() {
        return new StudentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
