package tandem.shared.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

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

    public CommitRidingTransactionManager(DataSource dataSource) {
        super(dataSource);
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
        StringBuilder sql = new StringBuilder();
        for (WithCommit.Statement s : pending.statements) {
            sql.append(s.sql()).append(";\n");
        }
        sql.append("COMMIT");
        if (status.isDebug()) {
            logger.debug("Committing JDBC transaction with " + pending.statements.size() + " statement(s) on Connection [" + con + "]");
        }
        try (PreparedStatement ps = con.prepareStatement(sql.toString())) {
            int i = 1;
            for (WithCommit.Statement s : pending.statements) {
                for (Object arg : s.args()) {
                    StatementCreatorUtils.setParameterValue(ps, i++, SqlTypeValue.TYPE_UNKNOWN, arg);
                }
            }
            ps.execute();
            pending.statements.clear();
        } catch (SQLException ex) {
            throw translateException("JDBC commit", ex);
        }
    }
}
