package tandem.identity.internal;

import java.io.IOException;
import java.io.Serializable;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import tandem.identity.SingleSignOn.Problem;
import tandem.shared.TandemClock;

/**
 * The end of a single sign-on: signed in exactly as a password signs in (Tandem's own principal and roles, a
 * fresh session id, the device row and the device cookie), or refused with a page of the problem's own words.
 * Both logged to the security log.
 */
@Component
class SsoSignIns {

    static final String SESSION = "tandem.sso.session";

    private static final Logger security = LoggerFactory.getLogger("tandem.security");

    /** How this session signed in, for signing out of the provider too. */
    record SsoSession(String registrationId, String idToken) implements Serializable {
    }

    private final AccountUserDetailsService users;
    private final SecurityContextRepository contexts;
    private final SessionDevices devices;
    private final TandemClock clock;
    private final TrustedDevices trusted;

    SsoSignIns(AccountUserDetailsService users, SecurityContextRepository contexts, SessionDevices devices, TandemClock clock,
            TrustedDevices trusted) {
        this.users = users;
        this.contexts = contexts;
        this.devices = devices;
        this.clock = clock;
        this.trusted = trusted;
    }

    /** Signs in exactly as a password does: Tandem's principal and roles, a fresh session id, the device row and device cookie. */
    void signIn(HttpServletRequest request, HttpServletResponse response, AccountRow account, String registration, String idToken,
            String what) {
        TandemUserDetails details = new TandemUserDetails(users.currentUser(account), null, account.enabled(), false);
        request.getSession();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                TandemUserDetails.fullAuthorities(details.user())));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(SESSION, new SsoSession(registration, idToken));
        devices.record(request.getSession().getId(), account.id(), clock.now(), request.getRemoteAddr(), request.getHeader("User-Agent"));
        trusted.issue(request, response, Usernames.key(account.username()));
        security.info("Single sign-on accepted for account {} from {} ({})", account.id(), request.getRemoteAddr(), what);
    }

    void refuse(HttpServletRequest request, HttpServletResponse response, Problem problem, String why, UUID account)
            throws IOException {
        security.info("Single sign-on refused for {} from {}: {}", account == null ? "an identity with no account" : "account " + account,
                request.getRemoteAddr(), why);
        problem(request, response, problem);
    }

    static void problem(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login/sso/problem?reason=" + problem.name().toLowerCase());
    }

    static void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
    }
}
