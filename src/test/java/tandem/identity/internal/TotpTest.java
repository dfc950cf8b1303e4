package tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class TotpTest {

    // RFC 6238 appendix B: the SHA-1 secret is the ASCII string "12345678901234567890".
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void matchesTheRfc6238TestVectorsTruncatedToSixDigits() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Totp.code(RFC_SECRET, 59 / 30)).isEqualTo("287082");          // 94287082
        assertThat(Totp.code(RFC_SECRET, 1111111109L / 30)).isEqualTo("081804"); // 07081804
        assertThat(Totp.code(RFC_SECRET, 1234567890L / 30)).isEqualTo("005924"); // 89005924
    }

    @Test
    void acceptsTheCurrentAndNeighbouringStepsOnly() {
        Instant now = Instant.ofEpochSecond(1_234_567_890L);
        long step = now.getEpochSecond() / 30;
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step), now)).isTrue();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step - 1), now)).isTrue();
        assertThat(Totp.verify(RFC_SECRET, Totp.code(RFC_SECRET, step + 2), now)).isFalse();
        assertThat(Totp.verify(RFC_SECRET, "12345", now)).isFalse();
        assertThat(Totp.verify(RFC_SECRET, "abcdef", now)).isFalse();
    }

    @Test
    void base32RoundTripsNewSecrets() {
        String secret = Totp.newSecret();
        assertThat(secret).hasSize(32).matches("[A-Z2-7]+");
        assertThat(Totp.base32(Totp.unbase32(secret))).isEqualTo(secret);
    }
}
