package tandem.shared.ids;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

/** The id of a person (someone who uses services) in the people module. */
@Schema(type = "string", format = "uuid", description = "The id of a person (someone who uses services) in the people module.")
public record PersonId(@JsonValue UUID value) implements TypedId {

    public PersonId {
        Objects.requireNonNull(value, "PersonId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PersonId of(UUID value) {
        return value == null ? null : new PersonId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static PersonId of(String text) {
        return new PersonId(TypedId.parse(text));
    }

    public static PersonId random() {
        return new PersonId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
