package tandem.change.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.change.ActionLearning;
import tandem.change.ChangeViews.Cycle;
import tandem.change.ChangeViews.CycleStep;
import tandem.identity.CurrentUser;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;

/** Action learning cycles, step by step. */
@Service
class ActionLearningService implements ActionLearning {

    private final CycleStore store;
    private final ChangeAudit audit;
    private final TandemClock clock;

    ActionLearningService(CycleStore store, ChangeAudit audit, TandemClock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Cycle> cycles(CurrentUser lead) {
        ChangeAccess.requireLead(lead);
        return store.cycles(lead.organisationId().value());
    }

    @Transactional(readOnly = true)
    @Override
    public Cycle cycle(CurrentUser lead, UUID id) {
        ChangeAccess.requireLead(lead);
        return store.cycles(lead.organisationId().value()).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Cycle"));
    }

    @Transactional
    @Override
    public Cycle start(CurrentUser lead, String challenge, String title) {
        ChangeAccess.requireLead(lead);
        Validation v = new Validation();
        int c = number(challenge);
        if (c < 1 || c > 10) {
            v.add("challenge", "Choose one of the ten challenges");
        }
        v.required("title", ChangeAccess.blank(title), "what the cycle is about", 200);
        v.throwIfInvalid();
        Cycle cycle = new Cycle(UUID.randomUUID(), c, title.strip(), lead.displayName(), clock.now(), null, List.of());
        store.insert(lead.organisationId().value(), cycle);
        audit.audited(lead, AuditAction.CREATE, "action learning cycle", cycle.id());
        return cycle;
    }

    /** Records the next step; steps go in order: agreement, goals, implementation, review. */
    @Transactional
    @Override
    public void addStep(CurrentUser lead, UUID cycleId, String step, String text, String doneOn) {
        Cycle cycle = cycle(lead, cycleId);
        if (cycle.closedAt() != null) {
            throw new ConflictException("step", "This cycle is closed.");
        }
        Validation v = new Validation();
        int n = number(step);
        if (n < 1 || n > 4) {
            v.add("step", "Choose the step");
        } else if (n != cycle.nextStep()) {
            v.add("step", cycle.nextStep() > 4 ? "All four steps are recorded"
                    : "Steps go in order: the next one is " + STEPS.get(cycle.nextStep() - 1).toLowerCase(Locale.ROOT));
        }
        v.required("text", ChangeAccess.blank(text), "what was agreed or done", 4000);
        LocalDate on = v.date("doneOn", doneOn, "the date", true);
        if (on != null && on.isAfter(clock.today())) {
            v.add("doneOn", "The date must be today or in the past");
        }
        if (on != null && !cycle.steps().isEmpty() && on.isBefore(cycle.steps().get(cycle.steps().size() - 1).doneOn())) {
            v.add("doneOn", "The date can't be before the previous step");
        }
        v.throwIfInvalid();
        store.insertStep(cycleId, new CycleStep(n, text.strip(), on, lead.displayName()), lead.username());
        audit.audited(lead, AuditAction.UPDATE, "action learning cycle", cycleId);
    }

    @Transactional
    @Override
    public void close(CurrentUser lead, UUID cycleId) {
        Cycle cycle = cycle(lead, cycleId);
        if (cycle.steps().size() < STEPS.size()) {
            throw new ConflictException("step", "A cycle can't be closed without its review. Record the review first.");
        }
        if (!store.close(cycleId, clock.now())) {
            throw new ConflictException("step", "This cycle is already closed.");
        }
        audit.audited(lead, AuditAction.UPDATE, "action learning cycle closed", cycleId);
    }

    /** A whole number as typed, or 0 when it is none. */
    private static int number(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
