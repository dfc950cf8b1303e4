package tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;

import tandem.shared.ids.PersonId;

/** A module test: the audit module alone (with the shared kernel) on its own copy of the database. */
@ApplicationModuleTest(extraIncludes = "shared")
class AuditChainTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void detectsTheFirstTamperedEntryAndRefusesUpdates() {
        UUID person = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            audit.record(new AuditEvent("sam", "PRACTITIONER", null, PersonId.of(person), AuditAction.READ, "person summary", null, false));
        }
        audit.seal(java.time.Instant.now().plusSeconds(1));
        ChainCheck intact = audit.verifyChain();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.entries()).isGreaterThanOrEqualTo(5);

        assertThat(intact.pending()).isZero();
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'mallory' WHERE chain_pos = 3").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET hash = repeat('0', 64) WHERE chain_pos = 3").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE chain_pos = 3").update())
                .hasMessageContaining("append-only");

        // Someone with database superpowers edits entry 3 behind the application's back.
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        jdbc.sql("UPDATE audit_entry SET actor = 'mallory' WHERE chain_pos = 3").update();
        jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();

        ChainCheck broken = audit.verifyChain();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenPosition()).isEqualTo(3L);
    }

    @Test
    void anEntryIsVisibleAtOnceAndSealedLater() {
        UUID person = UUID.randomUUID();
        audit.record(new AuditEvent("sam", "PRACTITIONER", null, PersonId.of(person), AuditAction.READ, "pending", null, false));
        assertThat(audit.accessLog(PersonId.of(person), 0, 10).total()).isEqualTo(1);
        assertThat(audit.verifyChain().pending()).isPositive();
        audit.seal(java.time.Instant.now().plusSeconds(1));
        assertThat(audit.verifyChain().pending()).isZero();
    }

    @Test
    void theAccessLogIsNewestFirst() {
        UUID person = UUID.randomUUID();
        audit.record(new AuditEvent("sam", "PRACTITIONER", null, PersonId.of(person), AuditAction.READ, "first", null, false));
        audit.record(new AuditEvent("pat", "PEER_SUPPORT_WORKER", null, PersonId.of(person), AuditAction.UPDATE, "second", null, true));
        var log = audit.accessLog(PersonId.of(person), 0, 10);
        assertThat(log.total()).isEqualTo(2);
        assertThat(log.items()).extracting(AccessLogEntry::objectType).containsExactly("second", "first");
        assertThat(log.items().get(0).breakGlass()).isTrue();
    }
}
