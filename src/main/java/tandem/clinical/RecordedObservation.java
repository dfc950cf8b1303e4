package tandem.clinical;

import java.time.LocalDate;
import java.util.UUID;

/** A stored observation: what, when, who said so (the person or staff), and whether it came from a BPRS. */
public record RecordedObservation(UUID id, Criterion kind, String value, LocalDate observedOn, Source source, String recordedBy,
        boolean fromBprs) {

    /** Who said so: the person themselves, or staff who observed it (a BPRS rating counts as staff). */
    public enum Source {
        PERSON, STAFF
    }

    public ClinicalRules.Observation rule() {
        return new ClinicalRules.Observation(kind, value, observedOn);
    }
}
