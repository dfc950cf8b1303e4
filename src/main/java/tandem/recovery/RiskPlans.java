package tandem.recovery;

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
import tandem.recovery.internal.PlanGate;
import tandem.recovery.internal.WorkStore;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;

/**
 * Positive risk-taking plans (ImROC challenge 7), written together: the goal, the risks, what makes
 * them smaller, who does what, a review date. Either side may write a new version (attributed);
 * the plan is agreed only when the person and a worker have both agreed the same version.
 */
@Service
public class RiskPlans {

    private final WorkStore store;
    private final PlanGate gate;
    private final TandemClock clock;

    RiskPlans(WorkStore store, PlanGate gate, TandemClock clock) {
        this.store = store;
        this.gate = gate;
        this.clock = clock;
    }

    @Transactional
    public List<RiskPlan> plans(CurrentUser user, UUID person) {
        gate.read(user, person, "positive risk-taking plans");
        return store.riskPlanIds(person).stream().map(id -> store.riskPlan(person, id).orElseThrow()).toList();
    }

    @Transactional
    public RiskPlan plan(CurrentUser user, UUID person, UUID plan) {
        gate.read(user, person, "positive risk-taking plan");
        return store.riskPlan(person, plan).orElseThrow(() -> new NotFoundException("Plan"));
    }

    /** Starts a plan ({@code plan} null) or writes its next version; {@code openedVersion} guards against lost edits. */
    @Transactional
    public RiskPlan write(CurrentUser user, UUID person, UUID plan, int openedVersion, String goal, String risks,
            String smaller, String whoDoesWhat, String reviewOn) {
        PersonAccess a = gate.either(user, person);
        Validation v = new Validation();
        v.required("goal", Goals.trim(goal), "the goal", 1000);
        v.required("risks", Goals.trim(risks), "the risks", 4000);
        v.required("smaller", Goals.trim(smaller), "what makes the risks smaller", 4000);
        v.required("whoDoesWhat", Goals.trim(whoDoesWhat), "who does what", 4000);
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
            store.insertRiskVersion(id, new RiskVersion(next, Goals.trim(goal), Goals.trim(risks), Goals.trim(smaller),
                    Goals.trim(whoDoesWhat), review, user.displayName(), kind, clock.now()), user.username());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("version", "This plan was changed a moment ago. Open it again to see the latest version.");
        }
        gate.changed(user, a, plan == null ? AuditAction.CREATE : AuditAction.UPDATE, "positive risk-taking plan", id);
        return store.riskPlan(person, id).orElseThrow();
    }

    /** The caller agrees the version they read; if it is no longer the current one, they are told. */
    @Transactional
    public RiskPlan agree(CurrentUser user, UUID person, UUID plan, int version) {
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
