package tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/** Stored session values are decoded once per node, but a security context is never shared between requests. */
class PostgresSessionStoreTest {

    private final PostgresSessionStore store = new PostgresSessionStore(null, null, Duration.ofMinutes(30), Clock.systemUTC(),
            getClass().getClassLoader());

    private static byte[] bytes(Object value) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(out)) {
            oos.writeObject(value);
        }
        return out.toByteArray();
    }

    @Test
    void eachReadOfASecurityContextIsItsOwnCopySoSigningOutInOneRequestClearsNoOther() throws Exception {
        byte[] stored = bytes(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated("jo", null,
                List.of(new SimpleGrantedAuthority("SIGNED_IN")))));
        SecurityContext first = (SecurityContext) store.deserialize(stored);
        SecurityContext second = (SecurityContext) store.deserialize(stored.clone());
        assertThat(first).isNotSameAs(second);
        first.setAuthentication(null);
        assertThat(second.getAuthentication().getName()).isEqualTo("jo");
        assertThat(((SecurityContext) store.deserialize(stored)).getAuthentication().getName()).isEqualTo("jo");
    }

    @Test
    void differentBytesGiveDifferentValues() throws Exception {
        assertThat(store.deserialize(bytes("one"))).isEqualTo("one");
        assertThat(store.deserialize(bytes("two"))).isEqualTo("two");
        assertThat(store.deserialize(bytes(new StringBuilder("mutable"))).toString()).isEqualTo("mutable");
    }
}
