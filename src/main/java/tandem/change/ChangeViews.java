package tandem.change;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.shared.ids.OrganisationId;

/** What the change pages and API show. */
public final class ChangeViews {

    private ChangeViews() {
    }

    public record Rating(int challenge, String stage, String evidence, String links) {
    }

    public record EvidenceFile(UUID id, int challenge, String filename, String contentType, int size) {
    }

    public record Assessment(UUID id, Scope scope, UUID scopeId, String scopeName, LocalDate assessedOn, int participants,
            int livedExperienceParticipants, String createdBy, List<Rating> ratings, List<EvidenceFile> files) {
        public Rating rating(int challenge) {
            return ratings.stream().filter(r -> r.challenge() == challenge).findFirst().orElse(null);
        }
    }

    public record Priority(int challenge, String text) {
    }

    public record Trip(int version, String resources, List<Priority> priorities, LocalDate reviewOn, String writtenBy,
            Instant writtenAt) {
    }

    public record CycleStep(int step, String text, LocalDate doneOn, String byName) {
    }

    public record Cycle(UUID id, int challenge, String title, String createdBy, Instant createdAt, Instant closedAt,
            List<CycleStep> steps) {
        public int nextStep() {
            return steps.size() + 1;
        }
    }

    public record Fidelity(UUID id, String term, Map<String, Integer> ratings, String ratedBy, Instant ratedAt) {
    }

    /** One member organisation in the programme view: stage per challenge and counts, nothing about people. */
    public record Member(OrganisationId organisationId, String name, LocalDate assessedOn, Map<Integer, String> stages,
            Integer collegesOpen, Integer collegesPlanned, int peerWorkers, int peerSites) {
    }
}
