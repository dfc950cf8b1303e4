package tandem.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.session.MapSession;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions in PostgreSQL, in Spring Session's JDBC tables, so any app node can serve any request
 * (decision 0003, 0008). Unlike Spring Session's own JDBC repository it writes only what changed:
 * a request that changes nothing in the session does not write at all, and the time of last use is
 * written at most once a minute. So a session ends between 29 and 30 minutes after its last use. A
 * session is read with one statement and no transaction, and a stored value is turned back into an
 * object once per node (the bytes are the key; a security context is handed out as a fresh copy).
 */
final class PostgresSessionStore implements SessionRepository<StoredSession> {

    static final String SECURITY_CONTEXT = StoredSession.SECURITY_CONTEXT;
    static final Duration TOUCH_INTERVAL = StoredSession.TOUCH_INTERVAL;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Duration maxInactive;
    private final Clock clock;
    private final SessionValueCodec codec;
    /**
     * The session this thread saved last in the current request. Spring's session filter saves the
     * session and then looks it up again to see whether the id the browser sent is still valid; the
     * answer is the session just saved, so that second look needs no database. {@link #forgetSaved}
     * clears it when the request ends.
     */
    private static final ThreadLocal<StoredSession> JUST_SAVED = new ThreadLocal<>();

    PostgresSessionStore(JdbcClient jdbc, TransactionTemplate tx, Duration maxInactive, Clock clock, ClassLoader classLoader) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.maxInactive = maxInactive;
        this.clock = clock;
        this.codec = new SessionValueCodec(classLoader);
    }

    @Override
    public StoredSession createSession() {
        MapSession map = new MapSession();
        map.setCreationTime(clock.instant());
        map.setLastAccessedTime(map.getCreationTime());
        map.setMaxInactiveInterval(maxInactive);
        return new StoredSession(map, UUID.randomUUID().toString(), true, Map.of(), codec);
    }

    @Override
    public void save(StoredSession session) {
        if (session.isNew) {
            tx.executeWithoutResult(status -> {
                jdbc.sql("""
                        INSERT INTO spring_session (primary_id, session_id, creation_time, last_access_time,
                            max_inactive_interval, expiry_time, principal_name) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                        .params(session.primaryKey, session.getId(), session.getCreationTime().toEpochMilli(),
                                session.getLastAccessedTime().toEpochMilli(), (int) session.getMaxInactiveInterval().toSeconds(),
                                expiry(session), principalName(session))
                        .update();
                for (String name : session.getAttributeNames()) {
                    upsertAttribute(session, name);
                }
            });
        } else if (session.needsWrite()) {
            tx.executeWithoutResult(status -> {
                if (session.rowChanged()) {
                    jdbc.sql("""
                            UPDATE spring_session SET session_id = ?, last_access_time = ?, max_inactive_interval = ?,
                                expiry_time = ?, principal_name = ? WHERE primary_id = ?""")
                            .params(session.getId(), session.getLastAccessedTime().toEpochMilli(),
                                    (int) session.getMaxInactiveInterval().toSeconds(), expiry(session), principalName(session),
                                    session.primaryKey)
                            .update();
                }
                for (String name : session.changed) {
                    if (session.map.getAttribute(name) == null) {
                        jdbc.sql("DELETE FROM spring_session_attributes WHERE session_primary_id = ? AND attribute_name = ?")
                                .params(session.primaryKey, name).update();
                    } else {
                        upsertAttribute(session, name);
                    }
                }
            });
        }
        session.saved();
        JUST_SAVED.set(session);
    }

    /** Called when each request ends (see {@link SessionStoreConfig}). */
    static void forgetSaved() {
        JUST_SAVED.remove();
    }

    private void upsertAttribute(StoredSession session, String name) {
        jdbc.sql("""
                INSERT INTO spring_session_attributes (session_primary_id, attribute_name, attribute_bytes) VALUES (?, ?, ?)
                ON CONFLICT (session_primary_id, attribute_name) DO UPDATE SET attribute_bytes = excluded.attribute_bytes""")
                .params(session.primaryKey, name, codec.encode(session.map.getAttribute(name)))
                .update();
    }

    @Override
    public StoredSession findById(String id) {
        StoredSession saved = JUST_SAVED.get();
        if (saved != null) {
            JUST_SAVED.remove();
            if (saved.getId().equals(id)) {
                return saved;
            }
        }
        Map<String, byte[]> attributes = new HashMap<>();
        MapSession[] map = new MapSession[1];
        String[] primaryKey = new String[1];
        jdbc.sql("""
                SELECT s.primary_id, s.creation_time, s.last_access_time, s.max_inactive_interval,
                       a.attribute_name, a.attribute_bytes
                FROM spring_session s LEFT JOIN spring_session_attributes a ON a.session_primary_id = s.primary_id
                WHERE s.session_id = ?""")
                .param(id)
                .query(rs -> {
                    if (map[0] == null) { // one row per attribute; the session's columns repeat
                        primaryKey[0] = rs.getString("primary_id").trim();
                        map[0] = new MapSession(id);
                        map[0].setCreationTime(Instant.ofEpochMilli(rs.getLong("creation_time")));
                        map[0].setLastAccessedTime(Instant.ofEpochMilli(rs.getLong("last_access_time")));
                        map[0].setMaxInactiveInterval(Duration.ofSeconds(rs.getInt("max_inactive_interval")));
                    }
                    String name = rs.getString("attribute_name");
                    if (name != null) {
                        attributes.put(name, rs.getBytes("attribute_bytes"));
                    }
                });
        if (map[0] == null) {
            return null;
        }
        if (!map[0].getLastAccessedTime().plus(map[0].getMaxInactiveInterval()).isAfter(clock.instant())) {
            deleteById(id);
            return null;
        }
        return new StoredSession(map[0], primaryKey[0], false, attributes, codec);
    }

    @Override
    public void deleteById(String id) {
        JUST_SAVED.remove();
        jdbc.sql("DELETE FROM spring_session WHERE session_id = ?").param(id).update();
    }

    /** Removes sessions whose time is up; safe to run on every node at once. */
    int deleteExpired() {
        return jdbc.sql("DELETE FROM spring_session WHERE expiry_time < ?").param(clock.millis()).update();
    }

    private static long expiry(Session session) {
        return session.getLastAccessedTime().plus(session.getMaxInactiveInterval()).toEpochMilli();
    }

    private static String principalName(StoredSession session) {
        Object context = session.getAttribute(SECURITY_CONTEXT);
        if (context instanceof SecurityContext sc && sc.getAuthentication() != null) {
            return sc.getAuthentication().getName();
        }
        return null;
    }
}
