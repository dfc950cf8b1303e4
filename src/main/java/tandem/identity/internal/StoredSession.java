package tandem.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.session.MapSession;
import org.springframework.session.Session;

/** A session as loaded, with what has changed since. */
final class StoredSession implements Session {

    /** The time of last use is written when it is at least this much newer than the stored one. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

    final MapSession map;
    final String primaryKey;
    boolean isNew;
    private final SessionValueCodec codec;
    private final Map<String, byte[]> undecoded;
    final Set<String> changed = new HashSet<>();
    private String storedId;
    private Instant storedLastAccess;
    private Duration storedMaxInactive;

    StoredSession(MapSession map, String primaryKey, boolean isNew, Map<String, byte[]> undecoded, SessionValueCodec codec) {
        this.codec = codec;
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
            codec.decode(bytes).ifPresentOrElse(value -> map.setAttribute(name, value), () -> {
                map.removeAttribute(name);
                changed.add(name); // removed from the store on the next save
            });
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
