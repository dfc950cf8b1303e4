package tandem.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.NestedTransactionNotSupportedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.shared.ids.PersonId;

/** Audit entries travel with the COMMIT: they commit with their change, roll back with it, and a failing one undoes it. */
@SpringBootTest
class WithCommitTest {

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    TransactionTemplate tx;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactions);
        jdbc.sql("CREATE TABLE IF NOT EXISTS with_commit_probe (id uuid PRIMARY KEY)").update();
    }

    private AuditEvent read(UUID person) {
        return new AuditEvent("sam", "PRACTITIONER", null, PersonId.of(person), AuditAction.READ, "person summary", null, false);
    }

    private long entries(UUID person) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :p").param("p", person).query(Long.class).single();
    }

    private long probes(UUID id) {
        return jdbc.sql("SELECT count(*) FROM with_commit_probe WHERE id = :id").param("id", id).query(Long.class).single();
    }

    @Test
    void anAuditEntryIsWrittenByTheCommitTogetherWithItsChange() {
        UUID person = UUID.randomUUID();
        long seenInside = tx.execute(s -> {
            jdbc.sql("INSERT INTO with_commit_probe (id) VALUES (:id)").param("id", person).update();
            audit.record(read(person));
            audit.record(read(person));
            return entries(person);
        });
        assertThat(seenInside).as("not sent before the commit").isZero();
        assertThat(entries(person)).isEqualTo(2);
        assertThat(probes(person)).isEqualTo(1);
    }

    @Test
    void aRolledBackTransactionLeavesNoAuditEntry() {
        UUID person = UUID.randomUUID();
        tx.executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO with_commit_probe (id) VALUES (:id)").param("id", person).update();
            audit.record(read(person));
            s.setRollbackOnly();
        });
        assertThat(entries(person)).isZero();
        assertThat(probes(person)).isZero();
    }

    @Test
    void aStatementThatFailsAtCommitRollsBackTheWholeTransaction() {
        UUID person = UUID.randomUUID();
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            jdbc.sql("INSERT INTO with_commit_probe (id) VALUES (:id)").param("id", person).update();
            audit.record(read(person));
            WithCommit.add("INSERT INTO audit_entry (at) VALUES (?)", (Object) null);
        })).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(entries(person)).isZero();
        assertThat(probes(person)).isZero();
        // The connection is usable afterwards.
        assertThat(jdbc.sql("SELECT 1").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void withoutATransactionTheEntryIsWrittenAtOnce() {
        assertThat(WithCommit.add("SELECT 1")).isFalse();
    }

    @Test
    void aTransactionWithMoreEntriesThanOneRequestCarriesCommitsThemAll() {
        UUID person = UUID.randomUUID();
        int many = CommitRidingTransactionManager.CHUNK * 3 + 7;
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < many; i++) {
                audit.record(read(person));
            }
        });
        assertThat(entries(person)).isEqualTo(many);
    }

    @Test
    void aWriteAddedToAReadOnlyTransactionFailsAtOnceInsteadOfAtCommit() {
        UUID person = UUID.randomUUID();
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        assertThatThrownBy(() -> readOnly.executeWithoutResult(s -> audit.record(read(person))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("read-only");
        assertThat(entries(person)).isZero();
    }

    @Test
    void aSavepointIsRefusedBecauseRollingBackToItCouldNotTakeBackTheStatementsWaitingForTheCommit() {
        TransactionTemplate nested = new TransactionTemplate(transactions);
        nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> nested.executeWithoutResult(n -> audit.record(read(UUID.randomUUID())))))
                .isInstanceOf(NestedTransactionNotSupportedException.class);
    }
}
