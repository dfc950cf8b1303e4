package tandem.identity.internal;

import java.time.Duration;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import tandem.shared.TandemClock;

/**
 * Throttles sign-in per account name: after {@value #MAX_FAILURES} failures within 15 minutes
 * the name must wait. Counted per name whether or not an account exists, so the answer never
 * tells anyone which names exist. Failures are stored in PostgreSQL, so every app node agrees.
 */
class LoginThrottle implements AuthenticationProvider {

    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    /** Thrown when the name must wait; the login page says so without saying whether it exists. */
    static final class MustWaitException extends LockedException {
        MustWaitException() {
            super("Too many failed attempts");
        }
    }

    private final AuthenticationProvider delegate;
    private final AccountRepository accounts;
    private final TandemClock clock;

    LoginThrottle(AuthenticationProvider delegate, AccountRepository accounts, TandemClock clock) {
        this.delegate = delegate;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String name = Usernames.key(String.valueOf(authentication.getName()));
        if (name.length() > 200) {
            throw new BadCredentialsException("Bad credentials");
        }
        Instant now = clock.now();
        if (accounts.recentFailures(name, now.minus(WINDOW)) >= MAX_FAILURES) {
            throw new MustWaitException();
        }
        try {
            Authentication result = delegate.authenticate(authentication);
            accounts.clearFailures(name);
            return result;
        } catch (AuthenticationException e) {
            accounts.recordFailure(name, now);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    @Scheduled(fixedDelay = 3_600_000, initialDelay = 60_000)
    void prune() {
        accounts.pruneFailures(clock.now().minus(Duration.ofDays(1)));
    }
}
