package tandem.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.jdbc.core.SqlTypeValue;
import org.springframework.jdbc.core.StatementCreatorUtils;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Spring's JDBC transaction manager, except that a commit sends the transaction's
 * {@link WithCommit} statements and the COMMIT together: one round trip. PostgreSQL runs them in
 * order; if one fails, the COMMIT is not run and the transaction rolls back as usual.
 */
public class CommitRidingTransactionManager extends JdbcTransactionManager {

    /** At most this many statements go in one request. */
    static final int CHUNK = 200;

    public CommitRidingTransactionManager(DataSource dataSource) {
        super(dataSource);
        // A savepoint cannot take back statements waiting for the COMMIT: no nested transactions at all.
        setNestedTransactionAllowed(false);
    }

    @Override
    protected void doCommit(DefaultTransactionStatus status) {
        WithCommit.Pending pending = WithCommit.pending();
        if (pending == null || pending.statements.isEmpty()) {
            super.doCommit(status);
            return;
        }
        ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(obtainDataSource());
        Connection con = holder.getConnection();
        List<WithCommit.Statement> all = pending.statements;
        if (status.isDebug()) {
            logger.debug("Committing JDBC transaction with " + all.size() + " statement(s) on Connection [" + con + "]");
        }
        try {
            // Large transactions (an import audits every row) go in chunks; the last one carries the COMMIT.
            for (int from = 0; from < all.size(); from += CHUNK) {
                List<WithCommit.Statement> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
                send(con, chunk, from + CHUNK >= all.size());
            }
            all.clear();
        } catch (SQLException ex) {
            throw translateException("JDBC commit", ex);
        }
    }

    private static void send(Connection con, List<WithCommit.Statement> statements, boolean commit) throws SQLException {
        StringBuilder sql = new StringBuilder();
        for (WithCommit.Statement s : statements) {
            sql.append(s.sql()).append(";\n");
        }
        if (commit) {
            sql.append("COMMIT");
        }
        try (PreparedStatement ps = con.prepareStatement(sql.toString())) {
            int i = 1;
            for (WithCommit.Statement s : statements) {
                for (Object arg : s.args()) {
                    StatementCreatorUtils.setParameterValue(ps, i++, SqlTypeValue.TYPE_UNKNOWN, arg);
                }
            }
            ps.execute();
        }
    }
}
