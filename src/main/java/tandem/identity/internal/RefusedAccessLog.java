package tandem.identity.internal;

import java.io.IOException;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Logs every refused authorisation to the security log: each request answered 401 or 403, whoever refused it
 * (Spring Security's rules, a missing or wrong CSRF token, or a module's ForbiddenException), with the moment
 * in UTC, who (an account id, or anonymous), from where, and the method and path (never the query string,
 * which can carry a token). Sits just inside the security context, so it still knows who asked.
 */
final class RefusedAccessLog extends OncePerRequestFilter {

    private static final org.slf4j.Logger security = org.slf4j.LoggerFactory.getLogger("tandem.security");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            int status = response.getStatus();
            if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
                security.info("Access refused ({}) at {} for {} from {}: {} {}", status, java.time.Instant.now(),
                        who(SecurityContextHolder.getContext().getAuthentication()), LoginThrottle.clientAddress(request),
                        request.getMethod(), path(request));
            }
        }
    }

    static String who(Authentication auth) {
        if (auth == null || auth instanceof AnonymousAuthenticationToken) {
            return "anonymous";
        }
        if (auth.getPrincipal() instanceof TandemUserDetails details) {
            return "account " + details.user().accountId();
        }
        // signed in some other way (a bearer token: its subject, for a service the client id), never a typed name
        return "client " + auth.getName();
    }

    /** The path without the query string, cut short and kept to printable characters, so the log line stays one line. */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        if (uri == null) {
            return "";
        }
        String cut = uri.length() > 300 ? uri.substring(0, 300) + "…" : uri;
        return cut.replaceAll("[^\\x21-\\x7E…]", "?");
    }
}
