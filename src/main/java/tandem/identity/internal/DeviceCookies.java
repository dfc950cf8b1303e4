package tandem.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Device cookies (OWASP, "Slow Down Online Guessing Attacks with Device Cookies"), signed and checked:
 * a browser that has signed in to an account before carries one, and its attempts for that name are
 * judged only by its own failures. The value is {@code v1.<nonce>.<expires>.<mac>}, the MAC an
 * HMAC-SHA256 over the normalised name, the nonce and the expiry; the name itself is not in the
 * cookie, so a cookie shows nobody which account it is for, and a cookie checked against any other
 * name fails. Each name has its own cookie name (also derived with the key), so a browser used for
 * two accounts keeps both.
 */
final class DeviceCookies {

    static final String PREFIX = "tandem_device_";
    static final Duration LIFETIME = Duration.ofDays(180);

    private static final Pattern VALUE = Pattern.compile("v1\\.([A-Za-z0-9_-]{22})\\.([0-9]{1,12})\\.([A-Za-z0-9_-]{43})");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    DeviceCookies(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("A device cookie key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    }

    /** A new random nonce: 128 bits, URL-safe. */
    static String newNonce() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return B64.encodeToString(bytes);
    }

    /** The cookie's name for a normalised account name. */
    String cookieName(String nameKey) {
        return PREFIX + HexFormat.of().formatHex(mac("name\n" + nameKey), 0, 8);
    }

    /** The signed value for a name, a nonce and the moment it stops being valid. */
    String value(String nameKey, String nonce, Instant expiresAt) {
        long expires = expiresAt.getEpochSecond();
        return "v1." + nonce + "." + expires + "." + B64.encodeToString(mac(signed(nameKey, nonce, expires)));
    }

    /** The nonce of a cookie value that is genuine, for this name and not expired at {@code now}; otherwise empty. */
    Optional<String> verify(String nameKey, String value, Instant now) {
        if (value == null || value.length() > 100) {
            return Optional.empty();
        }
        var m = VALUE.matcher(value);
        if (!m.matches()) {
            return Optional.empty();
        }
        String nonce = m.group(1);
        long expires = Long.parseLong(m.group(2));
        byte[] given = Base64.getUrlDecoder().decode(m.group(3));
        boolean genuine = MessageDigest.isEqual(given, mac(signed(nameKey, nonce, expires)));
        if (!genuine || now.getEpochSecond() >= expires) {
            return Optional.empty();
        }
        return Optional.of(nonce);
    }

    private static String signed(String nameKey, String nonce, long expires) {
        return "device\n" + nameKey + "\n" + nonce + "\n" + expires;
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
