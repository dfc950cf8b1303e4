package tandem.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import jakarta.servlet.http.HttpServletRequest;
import tandem.shared.TandemClock;

/**
 * Slows down guessing at sign-in without ever locking anyone out (decision 0021). An attempt that comes with
 * a valid device cookie for the name tried is judged only by the failures made with that cookie; past
 * {@value #DEVICE_FAILURES} of them the cookie is set aside. Every other attempt is judged by the failures
 * for its name and the failures from its client address, each by its {@link SignInDelay}: the attempt must
 * wait (its password is not checked) until the delay after the last failure has passed. Counted per
 * normalised name whether or not an account exists, so the answer never tells anyone which names exist.
 * Failures are stored in PostgreSQL, so every app node agrees.
 */
class LoginThrottle implements AuthenticationProvider {

    /** The second factor's throttle (TotpSecondFactor): five wrong codes within 15 minutes and it must wait. */
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Failures allowed with one device cookie within {@link #DEVICE_WINDOW} before it counts for nothing. */
    static final int DEVICE_FAILURES = 10;
    static final Duration DEVICE_WINDOW = Duration.ofHours(24);

    private static final org.slf4j.Logger security = org.slf4j.LoggerFactory.getLogger("tandem.security");

    /** Thrown when an attempt must wait; the login page says so without saying whether the name exists. */
    static final class MustWaitException extends LockedException {
        private final transient String why;

        MustWaitException(String why) {
            super("Too many failed attempts");
            this.why = why;
        }

        /** For the security log: which limit was reached. */
        String why() {
            return why;
        }
    }

    private final AuthenticationProvider delegate;
    private final SignInFailures failures;
    private final TrustedDevices devices;
    private final AccountRepository accounts;
    private final TandemClock clock;

    LoginThrottle(AuthenticationProvider delegate, SignInFailures failures, TrustedDevices devices, AccountRepository accounts,
            TandemClock clock) {
        this.delegate = delegate;
        this.failures = failures;
        this.devices = devices;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = Usernames.key(String.valueOf(authentication.getName()));
        if (name.length() > 200) {
            throw new BadCredentialsException("Bad credentials");
        }
        HttpServletRequest request = currentRequest();
        String address = clientAddress(request);
        Optional<String> device = request == null ? Optional.empty() : devices.nonceFor(request, name);
        Instant now = clock.now();

        long attempt = failures.begin(name, address, device.orElse(null), now);
        boolean trusted = device.isPresent();
        if (trusted && failures.withDevice(device.get(), now.minus(DEVICE_WINDOW), attempt).failures() >= DEVICE_FAILURES) {
            security.info("Device cookie set aside after {} failures with it, at {} from {}", DEVICE_FAILURES, now, address);
            failures.distrust(attempt);
            trusted = false;
        }
        if (!trusted) {
            mustNotWait(SignInDelay.PER_NAME, failures.untrustedForName(name, now.minus(SignInDelay.PER_NAME.window()), attempt),
                    now, attempt, "for this name");
            mustNotWait(SignInDelay.PER_ADDRESS,
                    failures.untrustedFromAddress(address, now.minus(SignInDelay.PER_ADDRESS.window()), attempt), now, attempt,
                    "from this address");
        }
        Authentication result = delegate.authenticate(authentication);
        // a right password takes the attempt back; a refused one (or an error on the way) stays counted
        failures.forget(attempt);
        return result;
    }

    private void mustNotWait(SignInDelay rule, SignInFailures.Count count, Instant now, long attempt, String why) {
        if (rule.mustWait(count.failures(), count.last(), now)) {
            failures.forget(attempt);
            throw new MustWaitException(why);
        }
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    /** The same client address as the security log shows (the servlet container's, behind a trusted proxy its header). */
    static String clientAddress(HttpServletRequest request) {
        String address = request == null ? null : request.getRemoteAddr();
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        return address.length() > 64 ? address.substring(0, 64) : address;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void prune() {
        Instant dayAgo = clock.now().minus(Duration.ofDays(1));
        accounts.pruneFailures(dayAgo);
        failures.prune(dayAgo);
    }
}
