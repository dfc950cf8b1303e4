package tandem.measures;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.measures.scoring.Scoring.ScaleScore;
import tandem.shared.ids.PersonId;

/** A stored, scored response, with the definition version it was scored with. */
public record StoredResponse(UUID id, PersonId personId, String instrument, int definitionVersion, Instant authored,
        Map<String, Object> answers, List<ScaleScore> scales, String enteredBy, String enteredRole,
        boolean completedTogether) {

    public ScaleScore scale(String code) {
        return scales.stream().filter(s -> s.code().equals(code)).findFirst().orElse(null);
    }
}
