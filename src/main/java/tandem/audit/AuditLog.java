package tandem.audit;


import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.internal.AuditStore;
import tandem.shared.PageOf;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TypedId;

/**
 * The audit trail. {@link #record} joins the caller's transaction, so a change and its audit
 * entry commit (or roll back) together.
 */
@Service
public class AuditLog {

    private final AuditStore store;

    AuditLog(AuditStore store) {
        this.store = store;
    }

    @Transactional
    public void record(AuditEvent event) {
        store.append(event);
    }

    /** Entries about one person, newest first. */
    @Transactional(readOnly = true)
    public PageOf<AccessLogEntry> accessLog(PersonId personId, int page, int size) {
        return store.forPerson(TypedId.uuid(personId), page, size);
    }

    /**
     * Seals entries written before {@code cutoff} into the hash chain (normally a second ago; the
     * scheduled sealer calls this on every node, one at a time).
     */
    @Transactional
    public int seal(java.time.Instant cutoff) {
        return store.seal(cutoff);
    }

    /** Recomputes every hash in order and names the first entry that does not match. */
    @Transactional(readOnly = true)
    public ChainCheck verifyChain() {
        return store.verify();
    }
}
