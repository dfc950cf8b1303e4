package tandem.change.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.change.ChangeViews.Cycle;
import tandem.change.ChangeViews.CycleStep;
import tandem.change.ChangeViews.Fidelity;
import tandem.change.ChangeViews.Priority;
import tandem.change.ChangeViews.Rating;
import tandem.change.ChangeViews.Trip;
import tandem.change.CollegeFidelity;
import tandem.change.Programme.CollegeCounts;
import tandem.change.Scope;
import tandem.change.internal.AssessmentStore.AssessmentRow;
import tandem.people.DemoOrganisationSeeded;
import tandem.shared.TandemClock;
import tandem.shared.ids.TypedId;
import tandem.shared.ids.OrganisationId;

/**
 * Demo change work: a year of quarterly organisation-wide ratings for Riverside, a team rating and
 * team priorities for North Community, two action learning cycles (one closed), college counts
 * that add up to the seed's 3 open and 4 planned, two terms of fidelity ratings, and the latest
 * ratings of the two other organisations in the programme.
 */
@Component
class DemoChange {

    private static final String[] STAGES = {"NOT_STARTED", "EARLY", "DEVELOPING", "EMBEDDED"};

    private final AssessmentStore assessments;
    private final TripStore trips;
    private final CycleStore cycles;
    private final CollegeProfileStore profiles;
    private final FidelityStore fidelity;
    private final TransactionTemplate tx;
    private final TandemClock clock;

    DemoChange(AssessmentStore assessments, TripStore trips, CycleStore cycles, CollegeProfileStore profiles, FidelityStore fidelity,
            TransactionTemplate tx, TandemClock clock) {
        this.assessments = assessments;
        this.trips = trips;
        this.cycles = cycles;
        this.profiles = profiles;
        this.fidelity = fidelity;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void onDemoSeeded(DemoOrganisationSeeded seeded) {
        tx.executeWithoutResult(status -> seed(seeded));
    }

    private void seed(DemoOrganisationSeeded s) {
        LocalDate today = clock.today();
        UUID org = s.organisationId().value();
        int[] start = {1, 1, 2, 1, 0, 1, 0, 1, 0, 1};
        for (int q = 3; q >= 0; q--) {
            List<Rating> ratings = new ArrayList<>();
            for (int c = 1; c <= 10; c++) {
                int stage = Math.min(3, start[c - 1] + (3 - q) * (c % 3 == 0 ? 1 : c % 2) / 2 + (q == 0 && c == 6 ? 1 : 0));
                ratings.add(new Rating(c, STAGES[stage], q == 0 ? evidence(c) : null, null));
            }
            LocalDate on = today.minusMonths(q * 3L + 1);
            assessments.insert(org, new AssessmentRow(UUID.randomUUID(), Scope.ORGANISATION, org, on, 14 + q, 6 + q, "Lee Marchetti",
                    ratings, List.of()), on.atStartOfDay(clock.zone()).toInstant());
        }
        assessments.insert(org, new AssessmentRow(UUID.randomUUID(), Scope.TEAM, TypedId.uuid(s.northTeam()), today.minusMonths(2), 9, 4,
                "Lee Marchetti", List.of(new Rating(1, "DEVELOPING", "Team meetings start with what matters to people.", null),
                        new Rating(6, "EARLY", "One peer support worker in the team.", null),
                        new Rating(7, "EARLY", null, null)), List.of()), clock.now().minus(Duration.ofDays(60)));
        trips.insert(s.northTeam(), new Trip(1, "Nine staff including one peer support worker; links with the Recovery College.",
                List.of(new Priority(6, "A second peer support worker"), new Priority(7, "Positive risk-taking plans with everyone"),
                        new Priority(2, "All staff on the recovery principles course")),
                today.plusMonths(3), "Lee Marchetti", clock.now().minus(Duration.ofDays(55))));

        UUID closed = UUID.randomUUID();
        cycles.insert(org, new Cycle(closed, 8, "People who use services on every interview panel", "Lee Marchetti",
                clock.now().minus(Duration.ofDays(200)), null, List.of()));
        String[] texts = {"Agreed with the service user forum to try it for six months.",
            "Every interview panel includes a person with lived experience, paid for their time.",
            "Twelve panels held; training for panel members from the Recovery College.",
            "Reviewed with the forum: keep it, and extend it to promotions."};
        for (int i = 0; i < 4; i++) {
            cycles.insertStep(closed, new CycleStep(i + 1, texts[i], today.minusDays(190 - i * 45L), "Lee Marchetti"), "lead");
        }
        cycles.close(closed, clock.now().minus(Duration.ofDays(50)));
        UUID open = UUID.randomUUID();
        cycles.insert(org, new Cycle(open, 7, "Positive risk-taking plans in the North team", "Lee Marchetti",
                clock.now().minus(Duration.ofDays(40)), null, List.of()));
        cycles.insertStep(open, new CycleStep(1, "The team and two people who use it agreed to try positive risk-taking plans.",
                today.minusDays(38), "Lee Marchetti"), "lead");
        cycles.insertStep(open, new CycleStep(2, "Goal: every person who wants one has a plan agreed by both sides within 3 months.",
                today.minusDays(20), "Lee Marchetti"), "lead");

        profiles.save(org, new CollegeCounts(1, 1), clock.now());
        int[][] colleges = {{1, 1}, {1, 2}};
        int k = 0;
        for (UUID other : s.otherOrganisations().stream().map(OrganisationId::value).toList()) {
            profiles.save(other, new CollegeCounts(colleges[k][0], colleges[k][1]), clock.now());
            List<Rating> ratings = new ArrayList<>();
            for (int c = 1; c <= 10; c++) {
                ratings.add(new Rating(c, STAGES[(c + k) % 3], null, null));
            }
            assessments.insert(other, new AssessmentRow(UUID.randomUUID(), Scope.ORGANISATION, other, today.minusMonths(2 + k),
                    11, 5, "Service lead", ratings, List.of()), clock.now().minus(Duration.ofDays(60)));
            k++;
        }

        List<String> keys = CollegeFidelity.COMPONENTS.stream().map(CollegeFidelity.Component::key).toList();
        for (int t = 0; t < 2; t++) {
            Map<String, Integer> ratings = new LinkedHashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                ratings.put(keys.get(i), i < 7 ? Math.min(2, 1 + (i + t) % 2 + t) : 1 + (i + t) % 2);
            }
            fidelity.save(org, new Fidelity(UUID.randomUUID(), t == 0 ? "Spring " + today.getYear() : "Autumn " + today.getYear(),
                    ratings, "Cal Ferris", clock.now().minus(Duration.ofDays(t == 0 ? 200 : 30))));
        }
    }

    private static String evidence(int challenge) {
        return switch (challenge) {
            case 3 -> "The Recovery College runs 15 courses a term, all co-produced.";
            case 6 -> "Peer support workers in every community team; lived experience recorded voluntarily by staff.";
            case 8 -> "People with lived experience sit on every interview panel.";
            default -> null;
        };
    }
}
