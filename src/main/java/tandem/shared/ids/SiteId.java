package tandem.shared.ids;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

/** The id of a site of an organisation. */
@Schema(type = "string", format = "uuid", description = "The id of a site of an organisation.")
public record SiteId(@JsonValue UUID value) implements TypedId {

    public SiteId {
        Objects.requireNonNull(value, "SiteId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SiteId of(UUID value) {
        return value == null ? null : new SiteId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static SiteId of(String text) {
        return new SiteId(TypedId.parse(text));
    }

    public static SiteId random() {
        return new SiteId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
