package tandem.identity.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ConfigurableObjectInputStream;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/**
 * Session values as bytes and back (Java serialization, as Spring Session's JDBC store does). A value
 * that cannot change once made is decoded once per node (the bytes are the key); a security context
 * is mutable (sign-out clears it), so each request gets its own copy of it.
 */
final class SessionValueCodec {

    private static final Logger log = LoggerFactory.getLogger(SessionValueCodec.class);
    private static final int CACHE_LIMIT = 10_000;

    private final ClassLoader classLoader;
    private final Map<Bytes, Object> decoded = new ConcurrentHashMap<>();

    SessionValueCodec(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(value);
        } catch (IOException e) {
            throw new IllegalStateException("A session value could not be stored: " + value.getClass().getName(), e);
        }
        return out.toByteArray();
    }

    /**
     * The stored bytes as an object; empty when they cannot be read, as after an upgrade that changed
     * the classes a session held (the user then simply signs in again, rather than meeting an error).
     */
    Optional<Object> decode(byte[] bytes) {
        Bytes key = new Bytes(bytes);
        Object value = decoded.get(key);
        if (value == null) {
            try (ConfigurableObjectInputStream in = new ConfigurableObjectInputStream(new ByteArrayInputStream(bytes), classLoader)) {
                value = in.readObject();
            } catch (IOException | ClassNotFoundException e) {
                log.info("A stored session value could not be read ({}); it is dropped", e.getClass().getSimpleName());
                return Optional.empty();
            }
            if (shareable(value)) {
                if (decoded.size() >= CACHE_LIMIT) {
                    decoded.clear();
                }
                decoded.put(key, value);
            }
        }
        if (value instanceof SecurityContext sc) {
            return Optional.of(new SecurityContextImpl(sc.getAuthentication()));
        }
        return Optional.of(value);
    }

    private static boolean shareable(Object value) {
        return value instanceof SecurityContextImpl || value instanceof String || value instanceof Number
                || value instanceof Boolean || value instanceof UUID || value instanceof Enum<?>;
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
}
