package tandem.recovery.internal;

import org.springframework.stereotype.Component;

import tandem.audit.AuditAction;
import tandem.consent.AccessDecisions;
import tandem.consent.AccessLevel;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.shared.error.ForbiddenException;
import tandem.shared.ids.PersonId;

/**
 * Every read and write of a plan goes through the access-decision service. Reading: the person,
 * their care team (or break-glass). Writing the person's own words: the person only; a worker
 * who may read the plan is told so (403), anyone else gets "not found" (404).
 */
@Component
class PlanGate {

    private final AccessDecisions access;

    PlanGate(AccessDecisions access) {
        this.access = access;
    }

    /** Opens the plan for reading, audited as a read of {@code what}. */
    public PersonAccess read(CurrentUser user, PersonId person, String what) {
        return access.openRecord(user, person, what);
    }

    /** The person themselves, about to change their own words. */
    public PersonAccess person(CurrentUser user, PersonId person) {
        PersonAccess a = access.decide(user, person);
        if (a.level() == AccessLevel.SELF) {
            return a;
        }
        if (a.level().readsRecord()) {
            throw new ForbiddenException("Only the person can write or change their own words. "
                    + "You can add a note of what you heard, or suggest a goal or step.");
        }
        throw new PersonNotFoundException();
    }

    /** A worker on the care team (or with emergency access), about to add something beside the person's words. */
    public PersonAccess worker(CurrentUser user, PersonId person) {
        PersonAccess a = access.decide(user, person);
        if (a.level() == AccessLevel.CARE_TEAM || a.level() == AccessLevel.BREAK_GLASS) {
            return a;
        }
        if (a.level() == AccessLevel.SELF) {
            throw new ForbiddenException("This is for the workers who support you.");
        }
        throw new PersonNotFoundException();
    }

    /** The person or a worker on their care team. */
    public PersonAccess either(CurrentUser user, PersonId person) {
        PersonAccess a = access.decide(user, person);
        if (!a.level().readsRecord()) {
            throw new PersonNotFoundException();
        }
        return a;
    }

    /** A supporter with the person's consent for this share (or a reader of the record), audited. */
    public PersonAccess shared(CurrentUser user, PersonId person, String share, String what) {
        return access.openShared(user, person, share, what);
    }

    public PersonAccess decide(CurrentUser user, PersonId person) {
        return access.decide(user, person);
    }

    public void changed(CurrentUser user, PersonAccess a, AuditAction action, String what, Object id) {
        access.recordChange(user, a, action, what, id == null ? null : id.toString());
    }
}
