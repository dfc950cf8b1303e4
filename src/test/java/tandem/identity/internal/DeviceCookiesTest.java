package tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** Device cookies: only a genuine, unexpired cookie for the very name tried is valid. */
class DeviceCookiesTest {

    static final byte[] KEY = "a key of thirty-two bytes or more, for tests".getBytes(StandardCharsets.UTF_8);
    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    final DeviceCookies cookies = new DeviceCookies(KEY);
    final String nonce = DeviceCookies.newNonce();
    final String value = cookies.value("admin", nonce, NOW.plus(DeviceCookies.LIFETIME));

    @Test
    void aGenuineCookieForTheNameGivesItsNonce() {
        assertThat(cookies.verify("admin", value, NOW)).contains(nonce);
        assertThat(cookies.verify("admin", value, NOW.plus(Duration.ofDays(179)))).contains(nonce);
    }

    @Test
    void aCookieForAnotherNameIsNotValid() {
        assertThat(cookies.verify("admin2", value, NOW)).isEmpty();
        assertThat(cookies.verify("Admin", value, NOW)).as("names are compared in their normalised form only").isEmpty();
        assertThat(cookies.verify("", value, NOW)).isEmpty();
    }

    @Test
    void anExpiredCookieIsNotValid() {
        assertThat(cookies.verify("admin", value, NOW.plus(DeviceCookies.LIFETIME))).isEmpty();
        assertThat(cookies.verify("admin", value, NOW.plus(Duration.ofDays(181)))).isEmpty();
    }

    @Test
    void aTamperedCookieIsNotValid() {
        String[] parts = value.split("\\.");
        String laterExpiry = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86_400 * 365) + "." + parts[3];
        String otherNonce = parts[0] + "." + DeviceCookies.newNonce() + "." + parts[2] + "." + parts[3];
        char first = parts[3].charAt(0);
        String otherMac = parts[0] + "." + parts[1] + "." + parts[2] + "." + (first == 'A' ? 'B' : 'A') + parts[3].substring(1);
        assertThat(cookies.verify("admin", laterExpiry, NOW)).isEmpty();
        assertThat(cookies.verify("admin", otherNonce, NOW)).isEmpty();
        assertThat(cookies.verify("admin", otherMac, NOW)).isEmpty();
        assertThat(cookies.verify("admin", "v2" + value.substring(2), NOW)).isEmpty();
        assertThat(cookies.verify("admin", value + "x", NOW)).isEmpty();
        assertThat(cookies.verify("admin", "", NOW)).isEmpty();
        assertThat(cookies.verify("admin", null, NOW)).isEmpty();
        assertThat(cookies.verify("admin", "v1.not.a.cookie", NOW)).isEmpty();
    }

    @Test
    void aCookieSignedWithAnotherKeyIsNotValid() {
        DeviceCookies other = new DeviceCookies("another key of thirty-two bytes, or more".getBytes(StandardCharsets.UTF_8));
        assertThat(other.verify("admin", value, NOW)).isEmpty();
        assertThat(other.cookieName("admin")).isNotEqualTo(cookies.cookieName("admin"));
    }

    @Test
    void eachNameHasItsOwnCookieNameWhichDoesNotShowTheName() {
        assertThat(cookies.cookieName("admin")).startsWith(DeviceCookies.PREFIX).doesNotContain("admin")
                .isEqualTo(cookies.cookieName("admin")).isNotEqualTo(cookies.cookieName("pat"));
        assertThat(value).doesNotContain("admin");
    }

    @Test
    void noncesAreNotRepeated() {
        assertThat(DeviceCookies.newNonce()).hasSize(22).isNotEqualTo(DeviceCookies.newNonce());
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new DeviceCookies(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }
}
