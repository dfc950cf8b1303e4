package tandem.shared.ids;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

/** The id of an organisation (a Trust or provider). */
@Schema(type = "string", format = "uuid", description = "The id of an organisation (a Trust or provider).")
public record OrganisationId(@JsonValue UUID value) implements TypedId {

    public OrganisationId {
        Objects.requireNonNull(value, "OrganisationId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static OrganisationId of(UUID value) {
        return value == null ? null : new OrganisationId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static OrganisationId of(String text) {
        return new OrganisationId(TypedId.parse(text));
    }

    public static OrganisationId random() {
        return new OrganisationId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
