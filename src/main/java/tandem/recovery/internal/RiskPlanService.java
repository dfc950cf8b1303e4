package tandem.recovery.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.AccessLevel;
import tandem.consent.PersonAccess;
import tandem.identity.CurrentUser;
import tandem.recovery.PlanViews.RiskPlan;
import tandem.recovery.PlanViews.RiskVersion;
import tandem.recovery.RiskPlans;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.PersonId;

/** The implementation of {@link RiskPlans}. */
@Service
class RiskPlanService implements RiskPlans {

    private final WorkStore store;
    private final PlanGate gate;
    private final TandemClock clock;

    RiskPlanService(WorkStore store, PlanGate gate, TandemClock clock) {
        this.store = store;
        this.gate = gate;
        this.clock = clock;
    }

    @Transactional
    @Override
    public List<RiskPlan> plans(CurrentUser user, PersonId person) {
        gate.read(user, person, "positive risk-taking plans");
        return store.riskPlanIds(person).stream().map(id -> store.riskPlan(person, id).orElseThrow()).toList();
    }

    @Transactional
    @Override
    public RiskPlan plan(CurrentUser user, PersonId person, UUID plan) {
        gate.read(user, person, "positive risk-taking plan");
        return store.riskPlan(person, plan).orElseThrow(() -> new NotFoundException("Plan"));
    }

    @Transactional
    @Override
    public RiskPlan write(CurrentUser user, PersonId person, UUID plan, int openedVersion, String goal, String risks,
            String smaller, String whoDoesWhat, String reviewOn) {
        PersonAccess a = gate.either(user, person);
        Validation v = new Validation();
        v.required("goal", GoalService.trim(goal), "the goal", 1000);
        v.required("risks", GoalService.trim(risks), "the risks", 4000);
        v.required("smaller", GoalService.trim(smaller), "what makes the risks smaller", 4000);
        v.required("whoDoesWhat", GoalService.trim(whoDoesWhat), "who does what", 4000);
        LocalDate review = v.date("reviewOn", reviewOn, "the review date", true);
        if (review != null && review.isBefore(clock.today())) {
            v.add("reviewOn", "The review date must be today or later");
        }
        v.throwIfInvalid();
        UUID id = plan;
        int next = 1;
        if (id == null) {
            id = UUID.randomUUID();
            store.insertRiskPlan(id, person, clock.now());
        } else {
            RiskPlan current = store.riskPlan(person, id).orElseThrow(() -> new NotFoundException("Plan"));
            if (current.current().version() != openedVersion) {
                throw new ConflictException("version", "This plan was changed since you opened it. Open it again to see the latest version.");
            }
            next = openedVersion + 1;
        }
        String kind = a.level() == AccessLevel.SELF ? "PERSON" : "STAFF";
        try {
            store.insertRiskVersion(id, new RiskVersion(next, GoalService.trim(goal), GoalService.trim(risks), GoalService.trim(smaller),
                    GoalService.trim(whoDoesWhat), review, user.displayName(), kind, clock.now()), user.username());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("version", "This plan was changed a moment ago. Open it again to see the latest version.");
        }
        gate.changed(user, a, plan == null ? AuditAction.CREATE : AuditAction.UPDATE, "positive risk-taking plan", id);
        return store.riskPlan(person, id).orElseThrow();
    }

    @Transactional
    @Override
    public RiskPlan agree(CurrentUser user, PersonId person, UUID plan, int version) {
        PersonAccess a = gate.either(user, person);
        RiskPlan current = store.riskPlan(person, plan).orElseThrow(() -> new NotFoundException("Plan"));
        if (current.current().version() != version) {
            throw new ConflictException("version", "The plan was changed since you read it. Read the new version before agreeing.");
        }
        String party = a.level() == AccessLevel.SELF ? "PERSON" : "STAFF";
        store.agree(plan, version, party, user.username(), user.displayName(), clock.now());
        gate.changed(user, a, AuditAction.UPDATE, "positive risk-taking plan agreement", plan);
        return store.riskPlan(person, plan).orElseThrow();
    }
}
