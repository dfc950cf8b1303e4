package tandem.shared.ids;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

/** The id of a sign-in account in the identity module. */
@Schema(type = "string", format = "uuid", description = "The id of a sign-in account in the identity module.")
public record AccountId(@JsonValue UUID value) implements TypedId {

    public AccountId {
        Objects.requireNonNull(value, "AccountId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AccountId of(UUID value) {
        return value == null ? null : new AccountId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static AccountId of(String text) {
        return new AccountId(TypedId.parse(text));
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
