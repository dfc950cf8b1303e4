package tandem.audit.internal;

import java.time.Instant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AccessLogEntry;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.audit.ChainCheck;
import tandem.shared.PageOf;
import tandem.shared.ids.PersonId;

@Service
class AuditService implements AuditLog {

    private final AuditStore store;

    AuditService(AuditStore store) {
        this.store = store;
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        store.append(event);
    }

    @Override
    @Transactional(readOnly = true)
    public PageOf<AccessLogEntry> accessLog(PersonId personId, int page, int size) {
        return store.forPerson(personId, page, size);
    }

    @Override
    @Transactional
    public int seal(Instant cutoff) {
        return store.seal(cutoff);
    }

    @Override
    @Transactional(readOnly = true)
    public ChainCheck verifyChain() {
        return store.verify();
    }
}
