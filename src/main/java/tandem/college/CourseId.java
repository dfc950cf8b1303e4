package tandem.college;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

import tandem.shared.ids.TypedId;

/** The id of a course in the college. */
@Schema(type = "string", format = "uuid", description = "The id of a course in the college.")
public record CourseId(@JsonValue UUID value) implements TypedId {

    public CourseId {
        Objects.requireNonNull(value, "CourseId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CourseId of(UUID value) {
        return value == null ? null : new CourseId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static CourseId of(String text) {
        return new CourseId(TypedId.parse(text));
    }

    public static CourseId random() {
        return new CourseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
