package tandem.shared;

/** Reads an enum constant from what a person or client typed: case, spaces and dashes forgiven. */
public final class Enums {

    private Enums() {
    }

    /**
     * The constants named by {@code values}, in their order without repeats, or empty when any of them
     * names none (a list from a form: one unknown value refuses the whole list).
     */
    public static <E extends Enum<E>> java.util.Optional<java.util.Set<E>> parseAll(Class<E> type, java.util.Collection<String> values) {
        java.util.Set<E> parsed = new java.util.LinkedHashSet<>();
        for (String v : values) {
            E e = parse(type, v);
            if (e == null) {
                return java.util.Optional.empty();
            }
            parsed.add(e);
        }
        return java.util.Optional.of(parsed);
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
