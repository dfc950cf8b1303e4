package tandem.college;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import io.swagger.v3.oas.annotations.media.Schema;

import tandem.shared.ids.TypedId;

/** The id of an enrolment (a place or a waiting-list entry) on a college course. */
@Schema(type = "string", format = "uuid", description = "The id of an enrolment (a place or a waiting-list entry) on a college course.")
public record EnrolmentId(@JsonValue UUID value) implements TypedId {

    public EnrolmentId {
        Objects.requireNonNull(value, "EnrolmentId");
    }

    /** The id, or null for null (a column that may be empty). */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EnrolmentId of(UUID value) {
        return value == null ? null : new EnrolmentId(value);
    }

    /** The id in a URL or form field; a malformed one is an {@link IllegalArgumentException}. */
    public static EnrolmentId of(String text) {
        return new EnrolmentId(TypedId.parse(text));
    }

    public static EnrolmentId random() {
        return new EnrolmentId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
