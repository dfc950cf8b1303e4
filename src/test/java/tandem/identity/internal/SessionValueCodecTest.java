package tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.ObjectOutputStream;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;

/** Stored session values are decoded once per node, but a security context is never shared between requests. */
class SessionValueCodecTest {

    private final SessionValueCodec codec = new SessionValueCodec(getClass().getClassLoader());

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
        SecurityContext first = (SecurityContext) codec.decode(stored).orElseThrow();
        SecurityContext second = (SecurityContext) codec.decode(stored.clone()).orElseThrow();
        assertThat(first).isNotSameAs(second);
        first.setAuthentication(null);
        assertThat(second.getAuthentication().getName()).isEqualTo("jo");
        assertThat(((SecurityContext) codec.decode(stored).orElseThrow()).getAuthentication().getName()).isEqualTo("jo");
    }

    @Test
    void differentBytesGiveDifferentValues() throws Exception {
        assertThat(codec.decode(bytes("one")).orElseThrow()).isEqualTo("one");
        assertThat(codec.decode(bytes("two")).orElseThrow()).isEqualTo("two");
        assertThat(codec.decode(bytes(new StringBuilder("mutable"))).orElseThrow().toString()).isEqualTo("mutable");
    }

    @Test
    void aValueThatCannotBeReadAnyMoreIsDroppedFromTheSessionRatherThanFailingTheRequest() throws Exception {
        byte[] unreadable = {(byte) 0xAC, (byte) 0xED, 0, 5, 0x73, 0x72}; // a stream cut short, as a class that changed would fail
        assertThat(codec.decode(unreadable)).isEmpty();
        org.springframework.session.MapSession map = new org.springframework.session.MapSession("s1");
        StoredSession session = new StoredSession(map, "p1", false,
                java.util.Map.of("SPRING_SECURITY_CONTEXT", unreadable, "kept", bytes("still here")), codec);
        assertThat((Object) session.getAttribute("SPRING_SECURITY_CONTEXT")).isNull();
        assertThat(session.getAttributeNames()).containsExactly("kept");
        assertThat(session.needsWrite()).isTrue(); // the unreadable value is removed from the store on the next save
        assertThat((Object) session.getAttribute("kept")).isEqualTo("still here");
    }
}
