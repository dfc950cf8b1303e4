package tandem.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/** The TOTP second factor: checking a code at sign-in, and setting one up (the sign-in pages' use). */
public interface SecondFactors {

    /** The outcome of a code check. */
    enum Result { OK, WRONG_CODE, MUST_WAIT }

    /** A secret being set up, shown as text and as an otpauth:// address for authenticator apps. */
    record Setup(String secret, String otpauthUri, boolean alreadySetUp) {
    }

    /** Checks the code of the user half-way through signing in; on success they are signed in. */
    Result verifyAtSignIn(HttpServletRequest request, HttpServletResponse response, String code);

    /** The secret being set up in this session (a new one the first time). */
    Setup setup(HttpSession session);

    /** Confirms the secret being set up with a code from the app; on success the user is signed in. */
    boolean confirmSetup(HttpServletRequest request, HttpServletResponse response, String code);
}
