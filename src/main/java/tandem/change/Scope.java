package tandem.change;

import java.util.Locale;
import java.util.Optional;

/** Who a self-assessment rates: the whole organisation, one of its sites or one of its teams. Stored by name. */
public enum Scope {
    ORGANISATION, SITE, TEAM;

    /** The scope a caller typed (any case, spaces around it), or empty when it is none of the three. */
    public static Optional<Scope> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String name = text.trim().toUpperCase(Locale.ROOT);
        for (Scope s : values()) {
            if (s.name().equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
