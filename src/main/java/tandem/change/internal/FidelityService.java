package tandem.change.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.change.ChangeViews.Fidelity;
import tandem.change.CollegeFidelity;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.TandemClock;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.Validation;

/** The college fidelity self-check, a term at a time. */
@Service
class FidelityService implements CollegeFidelity {

    private final FidelityStore store;
    private final ChangeAudit audit;
    private final TandemClock clock;

    FidelityService(FidelityStore store, ChangeAudit audit, TandemClock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Fidelity> history(CurrentUser user) {
        ChangeAccess.requireCollege(user);
        return store.fidelity(user.organisationId().value());
    }

    @Transactional(readOnly = true)
    @Override
    public List<Fidelity> historyToRate(CurrentUser user) {
        List<Fidelity> history = history(user);
        requireRater(user);
        return history;
    }

    @Override
    public boolean mayRate(CurrentUser user) {
        return user.has(Role.COLLEGE_ADMIN);
    }

    @Transactional
    @Override
    public void rate(CurrentUser user, String term, Map<String, String> ratings) {
        requireRater(user);
        Validation v = new Validation();
        v.required("term", ChangeAccess.blank(term), "the term, like Autumn 2026", 60);
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (Component c : COMPONENTS) {
            String value = ratings.get(c.key());
            Integer n = null;
            try {
                n = Integer.valueOf(value == null ? "" : value.trim());
            } catch (NumberFormatException e) {
                // reported below
            }
            boolean ok = n != null && (c.modifiable() ? (n == 1 || n == 2) : (n >= 0 && n <= 2));
            if (!ok) {
                v.add(c.key(), c.name() + ": choose " + (c.modifiable() ? "type 1 or type 2" : "0, 1 or 2"));
            } else {
                kept.put(c.key(), n);
            }
        }
        v.throwIfInvalid();
        store.save(user.organisationId().value(), new Fidelity(UUID.randomUUID(), term.strip(), kept, user.displayName(), clock.now()));
        audit.audited(user, AuditAction.UPDATE, "college fidelity self-check", user.organisationId().value());
    }

    private void requireRater(CurrentUser user) {
        if (!mayRate(user)) {
            throw new ForbiddenException("The college manager rates the fidelity self-check.");
        }
    }
}
