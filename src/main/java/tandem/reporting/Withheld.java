package tandem.reporting;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Why a dashboard figure is not shown: {@link #SMALL} when it counts fewer than 5 people,
 * {@link #SECONDARY} when it is withheld so that a small one cannot be worked out from the others
 * by subtraction. A secondary figure says nothing about its own size.
 */
public enum Withheld {
    SMALL, SECONDARY;

    /** How it is written in the JSON and the CSV: small or secondary. */
    @JsonValue
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
