package tandem.clinical.web;

/**
 * The observation form of the recovery page: what was observed as {@code KIND:VALUE} (one choice
 * names both), the date, and who says so (STAFF or PERSON). Nothing is checked here: the clinical
 * module checks it all, after deciding whether the caller may record it. Public only so that the
 * template can read it back.
 */
public record ObservationForm(String observation, String observedOn, String source) {

    static final ObservationForm EMPTY = new ObservationForm(null, null, null);

    /** The criterion's name as chosen, "" when nothing was. */
    String observedKind() {
        return parts()[0];
    }

    /** The value as chosen, or null when the choice names none. */
    String observedValue() {
        String[] kv = parts();
        return kv.length > 1 ? kv[1] : null;
    }

    private String[] parts() {
        return (observation == null ? "" : observation).split(":", 2);
    }
}
