package tandem.shared;

/** Reads an enum constant from what a person or client typed: case, spaces and dashes forgiven. */
public final class Enums {

    private Enums() {
    }

    /** The constant named by {@code value} (like "co-learning" for CO_LEARNING), or null when there is none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String key = value.trim().toUpperCase().replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        return null;
    }
}
