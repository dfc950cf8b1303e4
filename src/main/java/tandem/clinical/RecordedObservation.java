package tandem.clinical;

import java.time.LocalDate;
import java.util.UUID;

/** A stored observation: what, when, who said so (the person or staff), and whether it came from a BPRS. */
public record RecordedObservation(UUID id, Criterion kind, String value, LocalDate observedOn, String source, String recordedBy,
        boolean fromBprs) {

    public ClinicalRules.Observation rule() {
        return new ClinicalRules.Observation(kind, value, observedOn);
    }
}
