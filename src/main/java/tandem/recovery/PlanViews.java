package tandem.recovery;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import tandem.measures.scoring.Chime;
import tandem.shared.ids.TeamId;

/** What the plan's pages and API show. Every record carries who wrote it and when. */
public final class PlanViews {

    private PlanViews() {
    }

    /** One version of the person's values and treatment preferences. */
    public record Values(int version, String whatMatters, List<String> valueCards, String whatHelps,
            String whatDoesNotHelp, String treatment, String contact, String involve, String writtenBy, Instant writtenAt) {
    }

    /** One life domain of the strengths assessment. */
    public record Strength(String domain, String current, String desires, String resources) {
        public boolean blank() {
            return isBlank(current) && isBlank(desires) && isBlank(resources);
        }
    }

    /** One version of the strengths assessment. */
    public record Strengths(int version, List<Strength> domains, String priorities, String writtenBy, Instant writtenAt) {
    }

    /** A worker's "what I heard" note beside the person's words. */
    public record Heard(UUID id, String section, String text, String authorName, Instant writtenAt) {
    }

    /** One version of a goal in the person's words, with its five levels (-2 to +2). */
    public record GoalVersion(int version, String text, List<Chime> chime, Map<Integer, String> levels, Instant writtenAt) {
    }

    public record Step(UUID id, String what, String who, LocalDate dueOn, LocalDate doneOn, String addedBy) {
    }

    /** A worker's suggestion; it becomes a goal or step only when the person accepts it, in their words. */
    public record Suggestion(UUID id, UUID goalId, String kind, String text, String suggestedByName, Instant suggestedAt,
            String status) {
    }

    /** A rating of a goal's level by the person or by a worker. */
    public record Review(UUID id, String raterName, String raterKind, int level, String note, Instant reviewedAt) {
    }

    public record Goal(UUID id, GoalStatus status, BigDecimal weight, LocalDate setOn, GoalVersion current,
            List<GoalVersion> versions, List<Step> steps, List<Suggestion> suggestions, List<Review> reviews) {

        /** The newest rating by the person ({@code PERSON}) or by staff ({@code STAFF}). */
        public Optional<Review> latest(String raterKind) {
            return reviews.stream().filter(r -> r.raterKind().equals(raterKind))
                    .max(Comparator.comparing(Review::reviewedAt));
        }

        public List<Review> by(String raterKind) {
            return reviews.stream().filter(r -> r.raterKind().equals(raterKind)).toList();
        }
    }

    /** A coaching or peer session note; the person may add their own reflection. */
    public record Session(UUID id, LocalDate heldOn, Style style, boolean peer, String workerName, String notes,
            List<UUID> goalIds, String reflection, Instant reflectionAt, Instant writtenAt) {
    }

    /** One version of the wellness and crisis plan. */
    public record CrisisPlan(int version, Map<String, String> sections, LocalDate reviewDue, String writtenBy,
            Instant writtenAt) {
        public String section(String key) {
            return sections.getOrDefault(key, "");
        }
    }

    public record RiskVersion(int version, String goal, String risks, String smaller, String whoDoesWhat, LocalDate reviewOn,
            String writtenByName, String writtenByKind, Instant writtenAt) {
    }

    public record Agreement(int version, String party, String name, Instant agreedAt) {
    }

    /** A positive risk-taking plan: agreed only when the person and a worker agreed the same version. */
    public record RiskPlan(UUID id, List<RiskVersion> versions, List<Agreement> agreements) {
        public RiskVersion current() {
            return versions.get(versions.size() - 1);
        }

        public boolean agreedBy(String party) {
            return agreements.stream().anyMatch(a -> a.version() == current().version() && a.party().equals(party));
        }

        public boolean agreed() {
            return agreedBy("PERSON") && agreedBy("STAFF");
        }
    }

    public record JournalEntry(UUID id, LocalDate on, Way way, String note) {
    }

    /** Per team: how many people on its caseload have each part of the plan recorded and reviewed recently. */
    public record TeamParticipation(TeamId teamId, String team, int people, int withValues, int withStrengths,
            int withGoals, int reviewedRecently) {
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
