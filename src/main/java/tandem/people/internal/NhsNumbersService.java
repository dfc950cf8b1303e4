package tandem.people.internal;

import java.util.Objects;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.AccessDecisions;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.people.NhsNumber;
import tandem.people.NhsNumbers;
import tandem.people.PersonView;
import tandem.shared.error.ConflictException;
import tandem.shared.error.Validation;
import tandem.shared.ids.PersonId;

/** {@link NhsNumbers}, and the uniqueness of a number within an organisation for the person forms and the import. */
@Service
class NhsNumbersService implements NhsNumbers {

    static final String CHANGED = "The NHS number has changed since you opened the page. Reload the page and check it again";
    static final String TAKEN = "Another person in this organisation already has this NHS number. Check the number, or find that person";

    private final PersonStore store;
    private final AccessDecisions access;

    NhsNumbersService(PersonStore store, AccessDecisions access) {
        this.store = store;
        this.access = access;
    }

    @Override
    @Transactional
    public void recordChecked(CurrentUser worker, PersonId person, NhsNumber seen) {
        Objects.requireNonNull(seen, "seen");
        PersonAccess decided = access.decide(worker, person);
        if (!decided.level().readsRecord() || decided.self() || !worker.isStaff() || !worker.hasCareRole()) {
            throw new PersonNotFoundException();
        }
        PersonView p = store.personView(person.value()).orElseThrow(PersonNotFoundException::new);
        if (!seen.equals(p.nhsNumber())) {
            throw new ConflictException("nhsNumber", CHANGED);
        }
        if (p.nhsNumberStatus().verified()) {
            return;
        }
        if (!store.markNhsNumberChecked(person.value(), seen)) {
            throw new ConflictException("nhsNumber", CHANGED);
        }
        access.recordChange(worker, decided, AuditAction.UPDATE, "NHS number", person.value().toString());
    }

    /** Adds a problem on {@code nhsNumber} when another person of the organisation holds the number. */
    void checkFree(Validation v, UUID organisationId, NhsNumber number, UUID exceptPerson) {
        if (number != null && store.personWithNhsNumber(organisationId, number).filter(id -> !id.equals(exceptPerson)).isPresent()) {
            v.add("nhsNumber", TAKEN);
        }
    }

    /** Runs a save; two saves racing for the same number end with the second refused on {@code nhsNumber}. */
    void saving(Runnable save) {
        try {
            save.run();
        } catch (DuplicateKeyException e) {
            throw new ConflictException("nhsNumber", TAKEN);
        }
    }
}
