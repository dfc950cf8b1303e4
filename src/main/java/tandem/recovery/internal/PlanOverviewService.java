package tandem.recovery.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.measures.MeasuresApi;
import tandem.measures.StoredResponse;
import tandem.measures.scoring.Chime;
import tandem.people.PeopleApi;
import tandem.people.TeamView;
import tandem.recovery.PlanViews.Goal;
import tandem.recovery.PlanViews.Strength;
import tandem.recovery.PlanViews.Strengths;
import tandem.recovery.PlanViews.TeamParticipation;
import tandem.shared.TandemClock;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.PersonId;
import tandem.recovery.PlanOverview;
import tandem.recovery.PlanSections;

/** The implementation of {@link PlanOverview}. */
@Service
class PlanOverviewService implements PlanOverview {

    private final PlanGate gate;
    private final PlanStore plans;
    private final GoalStore goals;
    private final PlanSections sections;
    private final MeasuresApi measures;
    private final PeopleApi people;
    private final TandemClock clock;

    PlanOverviewService(PlanGate gate, PlanStore plans, GoalStore goals, PlanSections sections, MeasuresApi measures,
            PeopleApi people, TandemClock clock) {
        this.gate = gate;
        this.plans = plans;
        this.goals = goals;
        this.sections = sections;
        this.measures = measures;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    @Override
    public List<Process> chimeProfile(CurrentUser user, PersonId person) {
        gate.read(user, person, "CHIME profile");
        List<Goal> all = goals.full(person);
        List<Strengths> strengths = plans.strengths(person);
        List<StoredResponse> checkIns = new ArrayList<>(measures.history(user, person, "CHIME_CHECKIN"));
        checkIns.sort(java.util.Comparator.comparing(StoredResponse::authored));
        Map<Chime, Process> out = new EnumMap<>(Chime.class);
        for (Chime c : Chime.values()) {
            List<Goal> tagged = all.stream().filter(g -> g.current().chime().contains(c)).toList();
            List<Strength> st = new ArrayList<>();
            if (!strengths.isEmpty()) {
                for (int i = 0; i < sections.domains().size() && i < strengths.get(0).domains().size(); i++) {
                    Strength s = strengths.get(0).domains().get(i);
                    if (sections.domains().get(i).chime() == c && !s.blank()) {
                        st.add(s);
                    }
                }
            }
            List<Score> scores = new ArrayList<>();
            for (StoredResponse r : checkIns) {
                var scale = r.scale(c.name());
                if (scale != null && scale.scored()) {
                    scores.add(new Score(r.authored(), scale.value()));
                }
            }
            out.put(c, new Process(c, tagged, st, scores));
        }
        return List.copyOf(out.values());
    }

    @Transactional(readOnly = true)
    @Override
    public List<TeamParticipation> participation(CurrentUser user) {
        List<TeamView> teams;
        if (user.has(Role.SERVICE_LEAD) && user.organisationId() != null) {
            teams = people.teams(user.organisationId());
        } else if (user.hasCareRole() && user.staffId() != null) {
            teams = people.teamsOfStaff(user.staffId());
        } else {
            throw new NotFoundException("Page");
        }
        LocalDate today = clock.today();
        Instant since = clock.now().minus(Duration.ofDays(REVIEW_DAYS));
        List<TeamParticipation> out = new ArrayList<>();
        for (TeamView t : teams) {
            List<UUID> caseload = people.caseloadOfTeam(t.id(), today).stream().map(PersonId::value).toList();
            PlanStore.Participation c = plans.participation(caseload, since);
            out.add(new TeamParticipation(t.id(), t.name(), caseload.size(), c.withValues(), c.withStrengths(), c.withGoals(),
                    c.reviewed()));
        }
        return out;
    }
}
