package tandem.identity.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import tandem.identity.SecondFactors;
import tandem.shared.TandemClock;

/** The TOTP second factor: checking a code at sign-in, and setting one up. */
@Service
class TotpSecondFactor implements SecondFactors {

    private static final org.slf4j.Logger security = org.slf4j.LoggerFactory.getLogger("tandem.security");

    private static final String CANDIDATE = TotpSecondFactor.class.getName() + ".candidate";

    private final AccountRepository accounts;
    private final SignInHandlers handlers;
    private final TandemClock clock;

    TotpSecondFactor(AccountRepository accounts, SignInHandlers handlers, TandemClock clock) {
        this.accounts = accounts;
        this.handlers = handlers;
        this.clock = clock;
    }

    @Override
    public Result verifyAtSignIn(HttpServletRequest request, HttpServletResponse response, String code) {
        TandemUserDetails details = principal();
        String key = "totp:" + details.getUsername();
        Instant now = clock.now();
        if (accounts.recentFailures(key, now.minus(LoginThrottle.WINDOW)) >= LoginThrottle.MAX_FAILURES) {
            security.info("Second factor refused for account {} from {}: too many wrong codes, must wait", details.user().accountId(),
                    request.getRemoteAddr());
            return Result.MUST_WAIT;
        }
        String secret = accounts.findById(details.user().accountId().value()).map(AccountRow::totpSecret).orElse(null);
        if (!Totp.verify(secret, code, now)) {
            accounts.recordFailure(key, now);
            security.info("Second factor refused for account {} from {}: wrong code", details.user().accountId(), request.getRemoteAddr());
            return Result.WRONG_CODE;
        }
        accounts.clearFailures(key);
        handlers.complete(request, response, details);
        return Result.OK;
    }

    @Override
    public Setup setup(HttpSession session) {
        TandemUserDetails details = principal();
        boolean existing = accounts.findById(details.user().accountId().value()).map(a -> a.totpSecret() != null).orElse(false);
        String secret = (String) session.getAttribute(CANDIDATE);
        if (secret == null) {
            secret = Totp.newSecret();
            session.setAttribute(CANDIDATE, secret);
        }
        String label = URLEncoder.encode("Tandem:" + details.getUsername(), StandardCharsets.UTF_8).replace("+", "%20");
        return new Setup(secret, "otpauth://totp/" + label + "?secret=" + secret + "&issuer=Tandem", existing);
    }

    @Override
    public boolean confirmSetup(HttpServletRequest request, HttpServletResponse response, String code) {
        HttpSession session = request.getSession();
        String secret = (String) session.getAttribute(CANDIDATE);
        if (secret == null || !Totp.verify(secret, code, clock.now())) {
            return false;
        }
        TandemUserDetails details = principal();
        accounts.updateTotpSecret(details.user().accountId().value(), secret);
        session.removeAttribute(CANDIDATE);
        handlers.complete(request, response, details);
        return true;
    }

    private static TandemUserDetails principal() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return (TandemUserDetails) auth.getPrincipal();
    }
}
