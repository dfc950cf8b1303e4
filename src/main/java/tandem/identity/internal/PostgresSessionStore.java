package tandem.identity.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
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
final class PostgresSessionStore implements SessionRepository<PostgresSessionStore.StoredSession> {

    static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";
    /** The time of last use is written when it is at least this much newer than the stored one. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final int CACHE_LIMIT = 10_000;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Duration maxInactive;
    private final Clock clock;
    private final ClassLoader classLoader;
    private final Map<Bytes, Object> decoded = new ConcurrentHashMap<>();
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
        this.classLoader = classLoader;
    }

    @Override
    public StoredSession createSession() {
        MapSession map = new MapSession();
        map.setCreationTime(clock.instant());
        map.setLastAccessedTime(map.getCreationTime());
        map.setMaxInactiveInterval(maxInactive);
        return new StoredSession(map, UUID.randomUUID().toString(), true, Map.of());
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
                .params(session.primaryKey, name, serialize(session.map.getAttribute(name)))
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
                        primaryKey[0] = rs.getString(1).trim();
                        map[0] = new MapSession(id);
                        map[0].setCreationTime(Instant.ofEpochMilli(rs.getLong(2)));
                        map[0].setLastAccessedTime(Instant.ofEpochMilli(rs.getLong(3)));
                        map[0].setMaxInactiveInterval(Duration.ofSeconds(rs.getInt(4)));
                    }
                    String name = rs.getString(5);
                    if (name != null) {
                        attributes.put(name, rs.getBytes(6));
                    }
                });
        if (map[0] == null) {
            return null;
        }
        if (!map[0].getLastAccessedTime().plus(map[0].getMaxInactiveInterval()).isAfter(clock.instant())) {
            deleteById(id);
            return null;
        }
        return new StoredSession(map[0], primaryKey[0], false, attributes);
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

    private static byte[] serialize(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(value);
        } catch (IOException e) {
            throw new IllegalStateException("A session value could not be stored: " + value.getClass().getName(), e);
        }
        return out.toByteArray();
    }

    /**
     * The stored bytes as an object. Values that cannot change once made are decoded once per node; a
     * security context is mutable (sign-out clears it), so each request gets its own copy of it.
     */
    Object deserialize(byte[] bytes) {
        Bytes key = new Bytes(bytes);
        Object value = decoded.get(key);
        if (value == null) {
            value = decode(bytes);
            if (shareable(value)) {
                if (decoded.size() >= CACHE_LIMIT) {
                    decoded.clear();
                }
                decoded.put(key, value);
            }
        }
        if (value instanceof SecurityContext sc) {
            return new SecurityContextImpl(sc.getAuthentication());
        }
        return value;
    }

    private static boolean shareable(Object value) {
        return value instanceof SecurityContextImpl || value instanceof String || value instanceof Number
                || value instanceof Boolean || value instanceof UUID || value instanceof Enum<?>;
    }

    private Object decode(byte[] bytes) {
        try (ConfigurableObjectInputStream in = new ConfigurableObjectInputStream(new ByteArrayInputStream(bytes), classLoader)) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("A stored session value could not be read", e);
        }
    }

    /** A byte array compared by content. */
    private record Bytes(byte[] value, int hash) {
        Bytes(byte[] value) {
            this(value, Arrays.hashCode(value));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes b && b.hash == hash && Arrays.equals(b.value, value);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** A session as loaded, with what has changed since. */
    final class StoredSession implements Session {

        private final MapSession map;
        private final String primaryKey;
        private boolean isNew;
        private final Map<String, byte[]> undecoded;
        private final Set<String> changed = new HashSet<>();
        private String storedId;
        private Instant storedLastAccess;
        private Duration storedMaxInactive;

        private StoredSession(MapSession map, String primaryKey, boolean isNew, Map<String, byte[]> undecoded) {
            this.map = map;
            this.primaryKey = primaryKey;
            this.isNew = isNew;
            this.undecoded = new HashMap<>(undecoded);
            for (String name : undecoded.keySet()) {
                map.setAttribute(name, Boolean.TRUE); // a placeholder so the names are known; replaced on first read
            }
            this.storedId = map.getId();
            this.storedLastAccess = map.getLastAccessedTime();
            this.storedMaxInactive = map.getMaxInactiveInterval();
        }

        boolean rowChanged() {
            return !storedId.equals(map.getId()) || !storedMaxInactive.equals(map.getMaxInactiveInterval())
                    || changed.contains(SECURITY_CONTEXT)
                    || !map.getLastAccessedTime().isBefore(storedLastAccess.plus(TOUCH_INTERVAL));
        }

        boolean needsWrite() {
            return rowChanged() || !changed.isEmpty();
        }

        void saved() {
            isNew = false;
            changed.clear();
            storedId = map.getId();
            storedLastAccess = map.getLastAccessedTime();
            storedMaxInactive = map.getMaxInactiveInterval();
        }

        @Override
        public String getId() {
            return map.getId();
        }

        @Override
        public String changeSessionId() {
            return map.changeSessionId();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getAttribute(String name) {
            byte[] bytes = undecoded.remove(name);
            if (bytes != null) {
                map.setAttribute(name, deserialize(bytes));
            }
            return (T) map.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return map.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            undecoded.remove(name);
            map.setAttribute(name, value);
            changed.add(name);
        }

        @Override
        public void removeAttribute(String name) {
            undecoded.remove(name);
            map.removeAttribute(name);
            changed.add(name);
        }

        @Override
        public Instant getCreationTime() {
            return map.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            map.setLastAccessedTime(lastAccessedTime);
        }

        @Override
        public Instant getLastAccessedTime() {
            return map.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            map.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return map.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return map.isExpired();
        }
    }
}
