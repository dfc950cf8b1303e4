package tandem.audit;

import java.time.Instant;

import tandem.shared.PageOf;
import tandem.shared.ids.PersonId;

/**
 * The audit trail: append-only, hash-chained. {@link #record} joins the caller's transaction, so a
 * change and its audit entry commit (or roll back) together.
 */
public interface AuditLog {

    /** Appends an entry; inside a transaction it is written by the COMMIT and not visible before it. */
    void record(AuditEvent event);

    /** Entries about one person, newest first. */
    PageOf<AccessLogEntry> accessLog(PersonId personId, int page, int size);

    /**
     * Seals entries written before {@code cutoff} into the hash chain (normally a second ago; the
     * scheduled sealer calls this on every node, one at a time); returns how many were sealed.
     */
    int seal(Instant cutoff);

    /** Recomputes every hash in order and names the first entry that does not match. */
    ChainCheck verifyChain();
}
