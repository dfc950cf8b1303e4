package tandem.audit.internal;

import java.time.Duration;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import tandem.audit.AuditLog;
import tandem.shared.TandemClock;

/** Seals new audit entries into the hash chain every second; safe on several nodes at once. */
@Component
class AuditSealer {

    private final AuditLog audit;
    private final TandemClock clock;

    AuditSealer(AuditLog audit, TandemClock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 1000, initialDelay = 1000)
    void seal() {
        while (audit.seal(clock.now().minus(Duration.ofSeconds(1))) == 5000) {
            // a backlog: keep going
        }
    }
}
