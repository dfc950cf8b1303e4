package tandem.shared.ids;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

/** The id of a team of an organisation. */
@Schema(type = "string", format = "uuid", description = "The id of a team of an organisation.")
public record TeamId(@JsonValue UUID value) implements TypedId {

    public TeamId {
        Objects.requireNonNull(value, "TeamId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TeamId of(UUID value) {
        return value == null ? null : new TeamId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static TeamId of(String text) {
        return new TeamId(TypedId.parse(text));
    }

    public static TeamId random() {
        return new TeamId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
