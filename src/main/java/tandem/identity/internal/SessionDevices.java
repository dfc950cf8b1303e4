package tandem.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Where each signed-in session began, beside Spring Session's own rows (both tables are identity's). */
@Component
class SessionDevices {

    /** A session of an account, with what is known of where it began (a session from before devices were kept has none). */
    record Row(String sessionId, UUID handle, Instant signedInAt, Instant lastUsedAt, String clientAddress, String userAgent) {
    }

    private final JdbcClient jdbc;
    private final AppAuthorizationStore apps;

    SessionDevices(JdbcClient jdbc, AppAuthorizationStore apps) {
        this.jdbc = jdbc;
        this.apps = apps;
    }

    void record(String sessionId, UUID accountId, Instant at, String clientAddress, String userAgent) {
        jdbc.sql("""
                INSERT INTO session_device (handle, session_id, account_id, signed_in_at, client_address, user_agent)
                VALUES (:h, :s, :a, :at, :ip, :ua)
                ON CONFLICT (session_id) DO UPDATE SET account_id = EXCLUDED.account_id, signed_in_at = EXCLUDED.signed_in_at,
                    client_address = EXCLUDED.client_address, user_agent = EXCLUDED.user_agent""")
                .param("h", UUID.randomUUID()).param("s", sessionId).param("a", accountId).param("at", Timestamp.from(at))
                .param("ip", clip(clientAddress, 64)).param("ua", clip(userAgent, 300)).update();
    }

    /** The account's sessions not yet expired, most recently used first; clears away rows of sessions that have ended. */
    List<Row> sessionsOf(UUID accountId, String username, long nowMillis) {
        jdbc.sql("DELETE FROM session_device d WHERE d.account_id = :a AND d.signed_in_at < :recent AND NOT EXISTS (SELECT 1 FROM spring_session s WHERE s.session_id = d.session_id)")
                // a session signed in a moment ago may not be stored yet
                .param("a", accountId).param("recent", new Timestamp(nowMillis - 60_000)).update();
        return jdbc.sql("""
                SELECT s.session_id, d.handle, d.signed_in_at, s.creation_time, s.last_access_time, d.client_address, d.user_agent
                FROM spring_session s LEFT JOIN session_device d ON d.session_id = s.session_id
                WHERE lower(s.principal_name) = lower(:u) AND s.expiry_time > :now
                ORDER BY s.last_access_time DESC""")
                .param("u", username).param("now", nowMillis)
                .query((rs, n) -> new Row(rs.getString("session_id").trim(), rs.getObject("handle", UUID.class),
                        rs.getTimestamp("signed_in_at") != null ? rs.getTimestamp("signed_in_at").toInstant()
                                : Instant.ofEpochMilli(rs.getLong("creation_time")),
                        Instant.ofEpochMilli(rs.getLong("last_access_time")), rs.getString("client_address"), rs.getString("user_agent")))
                .list();
    }

    /** Ends the account's session with this handle; false when it is not one of the account's. */
    boolean end(UUID accountId, UUID handle) {
        return jdbc.sql("""
                WITH d AS (DELETE FROM session_device WHERE handle = :h AND account_id = :a RETURNING session_id)
                DELETE FROM spring_session WHERE session_id IN (SELECT session_id FROM d)""")
                .param("h", handle).param("a", accountId).update() > 0;
    }

    /** Ends every session of the account (by its username) except one; null ends them all. */
    /**
     * Ends the account's sessions but one (or all, when {@code keepSessionId} is null), and with them every app
     * the account let in: the apps' refresh and access tokens stop working at once.
     */
    int endAllBut(String username, String keepSessionId) {
        apps.endAllOf(username);
        return jdbc.sql("DELETE FROM spring_session WHERE lower(principal_name) = lower(:u) AND (:keep::text IS NULL OR session_id <> :keep)")
                .param("u", username).param("keep", keepSessionId).update();
    }

    private static String clip(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }
}
