package tandem.identity.internal;

import java.time.Instant;

/** Lets tests outside the package compute a code, as an authenticator app would. */
public final class TotpTestAccess {
    private TotpTestAccess() {
    }

    public static String code(String secret, Instant now) {
        return Totp.code(secret, now.getEpochSecond() / 30);
    }
}
