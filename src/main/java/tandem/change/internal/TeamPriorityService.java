package tandem.change.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.change.ChangeViews.Assessment;
import tandem.change.ChangeViews.Priority;
import tandem.change.ChangeViews.Trip;
import tandem.change.Scope;
import tandem.change.TeamPriorities;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.people.TeamView;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.TeamId;

/** Team priorities (TRIP), a new version at every review. */
@Service
class TeamPriorityService implements TeamPriorities {

    private final TripStore store;
    private final AssessmentStore assessments;
    private final ScopeNames names;
    private final PeopleApi people;
    private final ChangeAudit audit;
    private final TandemClock clock;

    TeamPriorityService(TripStore store, AssessmentStore assessments, ScopeNames names, PeopleApi people, ChangeAudit audit,
            TandemClock clock) {
        this.store = store;
        this.assessments = assessments;
        this.names = names;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Trip> trips(CurrentUser user, TeamId team) {
        teamOf(user, team);
        return store.trips(team);
    }

    @Transactional(readOnly = true)
    @Override
    public TeamPlan plan(CurrentUser user, TeamId team) {
        TeamView t = teamOf(user, team);
        boolean lead = user.has(Role.SERVICE_LEAD);
        Assessment benchmark = lead ? assessments.assessments(user.organisationId().value(), Scope.TEAM, team.value()).stream().findFirst()
                .map(a -> names.view(user, a)).orElse(null) : null;
        return new TeamPlan(t, store.trips(team), lead, benchmark);
    }

    @Transactional(readOnly = true)
    @Override
    public TeamPlan planToEdit(CurrentUser lead, TeamId team) {
        ChangeAccess.requireLead(lead);
        return plan(lead, team);
    }

    @Transactional
    @Override
    public Trip save(CurrentUser lead, TeamId team, PlanChange plan) {
        ChangeAccess.requireLead(lead);
        teamOf(lead, team);
        Validation v = new Validation();
        v.required("resources", ChangeAccess.blank(plan.resources()), "the team's resources", 4000);
        List<Priority> priorities = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        List<String> challenges = plan.challenges();
        List<String> texts = plan.texts();
        for (int i = 0; i < 3; i++) {
            String c = challenges != null && challenges.size() > i && challenges.get(i) != null ? challenges.get(i) : "";
            String t = texts != null && texts.size() > i ? ChangeAccess.blank(texts.get(i)) : null;
            if (c.isBlank() && t == null) {
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(c.trim());
            } catch (NumberFormatException e) {
                n = 0;
            }
            if (n < 1 || n > 10) {
                v.add("priority" + (i + 1), "Choose the challenge for priority " + (i + 1));
            } else if (!seen.add(n)) {
                v.add("priority" + (i + 1), "Each priority is a different challenge");
            }
            v.maxLength("text" + (i + 1), t, "the priority", 1000);
            priorities.add(new Priority(n, t));
        }
        if (priorities.isEmpty()) {
            v.add("priority1", "Choose at least one priority");
        }
        LocalDate review = v.date("reviewOn", plan.reviewOn(), "the review date", true);
        if (review != null && review.isBefore(clock.today())) {
            v.add("reviewOn", "The review date must be today or later");
        }
        v.throwIfInvalid();
        int current = store.trips(team).stream().findFirst().map(Trip::version).orElse(0);
        if (current != plan.openedVersion()) {
            throw new ConflictException("version", "This plan was changed since you opened it. Open it again.");
        }
        Trip t = new Trip(current + 1, plan.resources().strip(), priorities, review, lead.displayName(), clock.now());
        try {
            store.insert(team, t);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("version", "This plan was changed a moment ago. Open it again.");
        }
        audit.audited(lead, AuditAction.UPDATE, "team priorities", team.value());
        return t;
    }

    /** A team of the user's organisation that the user is a member of, or any of them for the service lead. */
    private TeamView teamOf(CurrentUser user, TeamId team) {
        TeamView t = people.teams(user.organisationId()).stream()
                .filter(x -> x.id().equals(team)).findFirst().orElseThrow(() -> new NotFoundException("Team"));
        boolean member = user.staffId() != null && people.teamsOfStaff(user.staffId()).stream().anyMatch(x -> x.id().equals(team));
        if (!user.has(Role.SERVICE_LEAD) && !member) {
            throw new NotFoundException("Team");
        }
        return t;
    }
}
