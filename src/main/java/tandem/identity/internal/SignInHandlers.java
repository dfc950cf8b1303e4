package tandem.identity.internal;

import java.io.IOException;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tandem.identity.Role;

/**
 * After the password: either signed in, or on to the second factor (when set up), or on to
 * setting one up (service leads and administrators, unless the demo profile relaxes it).
 */
@Component
class SignInHandlers implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** The security log: every sign-in accepted or refused, in UTC (the log's timestamps), with who and from where. */
    private static final org.slf4j.Logger security = org.slf4j.LoggerFactory.getLogger("tandem.security");

    private final SecurityContextRepository contexts;
    private final SessionDevices devices;
    private final TrustedDevices trusted;
    private final AccountRepository accounts;
    private final tandem.shared.TandemClock clock;
    private final boolean requireMfaForLeads;
    private final SingleSignOnService singleSignOn;
    private final SavedRequestAwareAuthenticationSuccessHandler signedIn = new SavedRequestAwareAuthenticationSuccessHandler();

    SignInHandlers(SecurityContextRepository contexts, SessionDevices devices, tandem.shared.TandemClock clock, AccountRepository accounts,
            TrustedDevices trusted, @Value("${tandem.security.require-mfa-for-leads:true}") boolean requireMfaForLeads,
            SingleSignOnService singleSignOn) {
        this.trusted = trusted;
        this.singleSignOn = singleSignOn;
        this.accounts = accounts;
        this.contexts = contexts;
        this.devices = devices;
        this.clock = clock;
        this.requireMfaForLeads = requireMfaForLeads;
        signedIn.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth)
            throws IOException, ServletException {
        TandemUserDetails details = (TandemUserDetails) auth.getPrincipal();
        if (singleSignOn.refusesPassword(details.user())) {
            // checked after the password, so only someone who knows it learns that the account must use single sign-on
            SecurityContextHolder.clearContext();
            contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
            security.info("Password refused for account {} from {}: staff must sign in with single sign-on", details.user().accountId(),
                    request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + "/login?sso");
            return;
        }
        security.info("Password accepted for account {} from {}{}", details.user().accountId(), request.getRemoteAddr(),
                details.secondFactor() ? "; second factor to follow" : "");
        if (details.secondFactor()) {
            limit(request, response, details, SecurityConfig.MFA_PENDING);
            response.sendRedirect(request.getContextPath() + "/login/second-factor");
        } else if (requireMfaForLeads && (details.user().has(Role.SERVICE_LEAD) || details.user().has(Role.ADMIN))) {
            limit(request, response, details, SecurityConfig.MFA_SETUP_REQUIRED);
            response.sendRedirect(request.getContextPath() + "/account/second-factor");
        } else {
            remember(request, response, details);
            signedIn.onAuthenticationSuccess(request, response, auth);
        }
    }

    private void limit(HttpServletRequest request, HttpServletResponse response, TandemUserDetails details,
            String authority) {
        var limited = UsernamePasswordAuthenticationToken.authenticated(details, null,
                List.of(new SimpleGrantedAuthority(authority)));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(limited);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Completes sign-in after the second factor, with a fresh session id. */
    void complete(HttpServletRequest request, HttpServletResponse response, TandemUserDetails details) {
        security.info("Second factor accepted for account {} from {}", details.user().accountId(), request.getRemoteAddr());
        request.changeSessionId();
        var full = UsernamePasswordAuthenticationToken.authenticated(details, null,
                TandemUserDetails.fullAuthorities(details.user()));
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(full);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        remember(request, response, details);
    }

    /**
     * Keeps where a fully signed-in session began, for the account's list of its devices, and gives the browser
     * a device cookie for the account's name, so failures from elsewhere never hold it up (decision 0021).
     */
    private void remember(HttpServletRequest request, HttpServletResponse response, TandemUserDetails details) {
        devices.record(request.getSession().getId(), details.user().accountId().value(), clock.now(), request.getRemoteAddr(),
                request.getHeader("User-Agent"));
        trusted.issue(request, response, Usernames.key(details.getUsername()));
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String query = exception instanceof LoginThrottle.MustWaitException ? "wait" : "error";
        String why = exception instanceof LoginThrottle.MustWaitException wait ? "too many failures, must wait " + wait.why()
                : exception instanceof org.springframework.security.authentication.DisabledException ? "account disabled"
                : "wrong username or password";
        // who, as an account id: the typed name itself is never logged (it is sometimes a password typed in the wrong box)
        String who = accounts.findByUsername(request.getParameter("username")).map(a -> "account " + a.id()).orElse("a name with no account");
        security.info("Sign-in refused for {} from {}: {}", who, request.getRemoteAddr(), why);
        response.sendRedirect(request.getContextPath() + "/login?" + query);
    }
}
