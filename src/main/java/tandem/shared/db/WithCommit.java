package tandem.shared.db;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes that travel with the transaction's COMMIT. A statement added here is sent to the
 * database in the same round trip as the COMMIT ({@link CommitRidingTransactionManager}), so it
 * commits with the rest of the transaction, or fails and rolls the whole transaction back, and
 * costs no round trip of its own. Only for writes whose result the request does not need and
 * that nothing later in the same transaction reads back (audit entries, a new response, the
 * requests it completes), and for keeping a read model in step with the transaction's own writes.
 * Statements run in the order they were added, so a later one sees an earlier one's rows.
 * <p>
 * Two places would lose such a statement, so both fail at once instead: a read-only transaction
 * (the statement would be refused at COMMIT) and a savepoint (rolling back to it could not take the
 * statement back): {@link CommitRidingTransactionManager} allows no nested transactions.
 */
public final class WithCommit {

    /** One statement and its parameters. */
    public record Statement(String sql, List<Object> args) {
    }

    /** The statements of one transaction; suspended and resumed with the transaction's other synchronizations. */
    static final class Pending implements TransactionSynchronization {
        final List<Statement> statements = new ArrayList<>(2);
        final Set<Object> keys = new HashSet<>(2);
    }

    private WithCommit() {
    }

    /**
     * Adds the statement to the current transaction and returns true; returns false, adding
     * nothing, when no transaction is active.
     */
    public static boolean add(String sql, Object... args) {
        if (!active()) {
            return false;
        }
        started().statements.add(new Statement(sql, Arrays.asList(args)));
        return true;
    }

    private static final Map<String, ParsedSql> PARSED = new ConcurrentHashMap<>();

    /** As {@link #add(String, Object...)}, with {@code :name} parameters as in {@code JdbcClient}. */
    public static boolean add(String sql, Map<String, ?> params) {
        if (!active()) {
            return false;
        }
        ParsedSql parsed = PARSED.computeIfAbsent(sql, NamedParameterUtils::parseSqlStatement);
        MapSqlParameterSource source = new MapSqlParameterSource(params);
        started().statements.add(new Statement(NamedParameterUtils.substituteNamedParameters(parsed, source),
                Arrays.asList(NamedParameterUtils.buildValueArray(parsed, source, null))));
        return true;
    }

    /** Sends the write with the current transaction's COMMIT, or runs it at once when there is no transaction. */
    public static void write(JdbcClient jdbc, String sql, Object... args) {
        if (!add(sql, args)) {
            jdbc.sql(sql).params(args).update();
        }
    }

    /** As {@link #write(JdbcClient, String, Object...)}, with {@code :name} parameters. */
    public static void write(JdbcClient jdbc, String sql, Map<String, ?> params) {
        if (!add(sql, params)) {
            jdbc.sql(sql).params(params).update();
        }
    }

    /**
     * True the first time {@code key} is named in the current transaction, false after that: for work
     * that needs doing once per transaction however often it was asked for. True outside a transaction.
     */
    public static boolean once(Object key) {
        if (!active()) {
            return true;
        }
        return started().keys.add(key);
    }

    private static boolean active() {
        return TransactionSynchronizationManager.isActualTransactionActive() && TransactionSynchronizationManager.isSynchronizationActive();
    }

    private static Pending started() {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // PostgreSQL would refuse the write at COMMIT, after the request thought it was done
            throw new IllegalStateException("A write was added to a read-only transaction: it would fail at COMMIT. "
                    + "Make the transaction that writes (for example an audited read) read-write.");
        }
        Pending pending = pending();
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        return pending;
    }

    /** The current transaction's statements, or null when it has none. */
    static Pending pending() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (s instanceof Pending p) {
                return p;
            }
        }
        return null;
    }
}
