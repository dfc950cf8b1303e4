package tandem.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Password reset links (only their hashes) and, on a reset, the account's signed-in sessions. */
@Component
class ResetStore {

    /** A link as stored: whose, and whether it can still be used. */
    record Link(UUID accountId, Instant expiresAt, Instant usedAt) {

        boolean usable(Instant now) {
            return usedAt == null && expiresAt.isAfter(now);
        }
    }

    private final JdbcClient jdbc;

    ResetStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String token, UUID accountId, Instant now, Instant expiresAt) {
        jdbc.sql("INSERT INTO password_reset (token_hash, account_id, requested_at, expires_at) VALUES (:h, :a, :now, :e)")
                .param("h", hash(token)).param("a", accountId).param("now", Timestamp.from(now)).param("e", Timestamp.from(expiresAt))
                .update();
    }

    /** How many links were asked for this account since then. */
    int requestedSince(UUID accountId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM password_reset WHERE account_id = :a AND requested_at >= :s").param("a", accountId)
                .param("s", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Ends the account's earlier links that are not used yet (a new link replaces them). */
    void endOpenLinks(UUID accountId, Instant now) {
        jdbc.sql("UPDATE password_reset SET expires_at = :now WHERE account_id = :a AND used_at IS NULL AND expires_at > :now")
                .param("a", accountId).param("now", Timestamp.from(now)).update();
    }

    /** The link with this token, locked until the transaction ends (two tabs using it at once: one wins). */
    Optional<Link> lock(String token) {
        return jdbc.sql("SELECT account_id, expires_at, used_at FROM password_reset WHERE token_hash = :h FOR UPDATE")
                .param("h", hash(token)).query(ResetStore::link)
                .optional();
    }

    Optional<Link> find(String token) {
        return jdbc.sql("SELECT account_id, expires_at, used_at FROM password_reset WHERE token_hash = :h")
                .param("h", hash(token)).query(ResetStore::link)
                .optional();
    }

    void markUsed(String token, Instant now) {
        jdbc.sql("UPDATE password_reset SET used_at = :now WHERE token_hash = :h").param("h", hash(token)).param("now", Timestamp.from(now))
                .update();
    }

    /** Ends every signed-in session of the account (sessions are kept under the account's username). */
    int endSessions(String username) {
        return jdbc.sql("DELETE FROM spring_session WHERE lower(principal_name) = lower(:u)").param("u", username).update();
    }

    private static Link link(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp used = rs.getTimestamp("used_at");
        return new Link(rs.getObject("account_id", UUID.class), rs.getTimestamp("expires_at").toInstant(), used == null ? null : used.toInstant());
    }

    static String hash(String token) {
        return LinkTokens.hash(token);
    }
}
