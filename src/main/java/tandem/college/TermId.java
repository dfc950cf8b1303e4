package tandem.college;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

import tandem.shared.ids.TypedId;

/** The id of a term in the college. */
@Schema(type = "string", format = "uuid", description = "The id of a term in the college.")
public record TermId(@JsonValue UUID value) implements TypedId {

    public TermId {
        Objects.requireNonNull(value, "TermId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TermId of(UUID value) {
        return value == null ? null : new TermId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static TermId of(String text) {
        return new TermId(TypedId.parse(text));
    }

    public static TermId random() {
        return new TermId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
