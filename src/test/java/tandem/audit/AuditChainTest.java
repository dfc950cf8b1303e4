package tandem.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class AuditChainTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void detectsTheFirstTamperedEntryAndRefusesUpdates() {
        UUID person = UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            audit.record(new AuditEvent("sam", "PRACTITIONER", null, person, AuditAction.READ, "person summary", null, false));
        }
        ChainCheck intact = audit.verifyChain();
        assertThat(intact.intact()).isTrue();
        assertThat(intact.entries()).isGreaterThanOrEqualTo(5);

        assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 3").update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE seq = 3").update())
                .hasMessageContaining("append-only");

        // Someone with database superpowers edits entry 3 behind the application's back.
        jdbc.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
        jdbc.sql("UPDATE audit_entry SET actor = 'mallory' WHERE seq = 3").update();
        jdbc.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();

        ChainCheck broken = audit.verifyChain();
        assertThat(broken.intact()).isFalse();
        assertThat(broken.firstBrokenSeq()).isEqualTo(3L);
    }

    @Test
    void theAccessLogIsNewestFirst() {
        UUID person = UUID.randomUUID();
        audit.record(new AuditEvent("sam", "PRACTITIONER", null, person, AuditAction.READ, "first", null, false));
        audit.record(new AuditEvent("pat", "PEER_SUPPORT_WORKER", null, person, AuditAction.UPDATE, "second", null, true));
        var log = audit.accessLog(person, 0, 10);
        assertThat(log.total()).isEqualTo(2);
        assertThat(log.items()).extracting(AccessLogEntry::objectType).containsExactly("second", "first");
        assertThat(log.items().get(0).breakGlass()).isTrue();
    }
}
