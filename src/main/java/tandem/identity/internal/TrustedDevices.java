package tandem.identity.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.util.Base64;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tandem.shared.TandemClock;

/**
 * The browsers that have signed in to an account before: gives one a device cookie after a complete
 * sign-in (password, and second factor where set up), and finds the valid one an attempt comes with.
 * The signing key is {@code tandem.security.device-cookie-key} (base64, at least 32 bytes) when set;
 * otherwise one made once and kept in {@code sign_in_key}, so it is the same on every node and after
 * a restart.
 */
@Component
class TrustedDevices {

    /** A browser offers at most this many device cookies; more are not looked at. */
    private static final int MAX_COOKIES = 20;

    private final JdbcClient jdbc;
    private final TandemClock clock;
    private final String configuredKey;
    private volatile DeviceCookies cookies;

    TrustedDevices(JdbcClient jdbc, TandemClock clock, @Value("${tandem.security.device-cookie-key:}") String configuredKey) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.configuredKey = configuredKey;
    }

    /** The nonce of the valid device cookie the request carries for this normalised name, if any. */
    Optional<String> nonceFor(HttpServletRequest request, String nameKey) {
        Cookie[] sent = request.getCookies();
        if (sent == null) {
            return Optional.empty();
        }
        DeviceCookies codec = cookies();
        int looked = 0;
        for (Cookie c : sent) {
            if (!c.getName().startsWith(DeviceCookies.PREFIX)) {
                continue;
            }
            if (++looked > MAX_COOKIES) {
                break;
            }
            Optional<String> nonce = codec.verify(nameKey, c.getValue(), clock.now());
            if (nonce.isPresent()) {
                return nonce;
            }
        }
        return Optional.empty();
    }

    /** Gives the browser a new device cookie for this normalised name (a new nonce each time). */
    void issue(HttpServletRequest request, HttpServletResponse response, String nameKey) {
        DeviceCookies codec = cookies();
        String value = codec.value(nameKey, DeviceCookies.newNonce(), clock.now().plus(DeviceCookies.LIFETIME));
        ResponseCookie cookie = ResponseCookie.from(codec.cookieName(nameKey), value).path(request.getContextPath() + "/login")
                .httpOnly(true).secure(request.isSecure()).sameSite("Lax").maxAge(DeviceCookies.LIFETIME).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private DeviceCookies cookies() {
        DeviceCookies codec = cookies;
        if (codec == null) {
            synchronized (this) {
                if (cookies == null) {
                    cookies = new DeviceCookies(key());
                }
                codec = cookies;
            }
        }
        return codec;
    }

    private byte[] key() {
        if (!configuredKey.isBlank()) {
            return Base64.getDecoder().decode(configuredKey.strip());
        }
        byte[] fresh = new byte[32];
        new SecureRandom().nextBytes(fresh);
        // the first node to get here makes the key; every other node (and every restart) reads that one
        jdbc.sql("INSERT INTO sign_in_key (id, secret, created_at) VALUES (1, :s, :at) ON CONFLICT (id) DO NOTHING")
                .param("s", fresh).param("at", Timestamp.from(clock.now())).update();
        return jdbc.sql("SELECT secret FROM sign_in_key WHERE id = 1").query(byte[].class).single();
    }
}
