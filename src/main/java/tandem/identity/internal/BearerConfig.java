package tandem.identity.internal;


import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Requests to {@code /api/**} and {@code /fhir/**} that carry {@code Authorization: Bearer ...}: no
 * session (nothing is read from or written to one, no cookie is set), no CSRF token, the token
 * checked by {@link BearerAuthentication} and each request allowed only with the scope
 * {@link ScopeRules} names for it. Between the token endpoint's chain and the main one.
 */
@Configuration(proxyBeanMethods = false)
class BearerConfig {

    private static final Logger security = LoggerFactory.getLogger("tandem.security");

    /** API and FHIR requests with a bearer token; everything else is left to the other chains. */
    static final RequestMatcher BEARER_REQUESTS = request -> {
        String path = path(request);
        String header = request.getHeader("Authorization");
        return (path.startsWith("/api/") || path.startsWith("/fhir/") || path.equals("/fhir"))
                && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    };

    @Bean
    @Order(2)
    SecurityFilterChain bearerFilterChain(HttpSecurity http, BearerAuthentication bearer) throws Exception {
        AuthenticationEntryPoint entry = entryPoint();
        AccessDeniedHandler denied = accessDenied();
        http.securityMatcher(BEARER_REQUESTS)
                .authorizeHttpRequests(a -> a.anyRequest().access(scopeAllows()))
                .oauth2ResourceServer(o -> o
                        .authenticationManagerResolver(request -> authentication -> bearer.authenticate(
                                ((BearerTokenAuthenticationToken) authentication).getToken(), request.getRemoteAddr()))
                        .authenticationEntryPoint(entry)
                        .accessDeniedHandler(denied))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .anonymous(a -> a.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(entry).accessDeniedHandler(denied))
                .headers(h -> h.frameOptions(f -> f.deny())
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    /** The request's scope, per {@link ScopeRules}; a request no rule names is refused. */
    static AuthorizationManager<RequestAuthorizationContext> scopeAllows() {
        return (authentication, context) -> {
            Authentication auth = authentication.get();
            boolean ok = auth instanceof ApiClientAuthentication a
                    && ScopeRules.allows(context.getRequest().getMethod(), path(context.getRequest()), a.scopes(), a.patient());
            return new AuthorizationDecision(ok);
        };
    }

    private static AuthenticationEntryPoint entryPoint() {
        BearerTokenAuthenticationEntryPoint standard = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            if (!(exception instanceof org.springframework.security.oauth2.server.resource.InvalidBearerTokenException)) {
                // a malformed Authorization header (refusals of a token itself are logged by BearerAuthentication)
                security.info("Bearer request refused for no known client from {}: malformed bearer token", request.getRemoteAddr());
            }
            standard.commence(request, response, exception);
            SecurityConfig.problem(response, HttpStatus.UNAUTHORIZED, "The access token is missing, not valid, has expired or has been withdrawn.");
        };
    }

    private static AccessDeniedHandler accessDenied() {
        BearerTokenAccessDeniedHandler standard = new BearerTokenAccessDeniedHandler();
        return (request, response, exception) -> {
            Authentication auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
            String who = auth instanceof ApiClientAuthentication a ? a.getName() : "no known client";
            String needs = ScopeRules.required(request.getMethod(), path(request)).map(s -> "needs " + s)
                    .orElse("not open to tokens");
            security.info("Bearer request refused for {} from {}: {} request {}", who, request.getRemoteAddr(), request.getMethod(), needs);
            standard.handle(request, response, exception);
            SecurityConfig.problem(response, HttpStatus.FORBIDDEN, "This token's scopes do not allow this.");
        };
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && !context.isEmpty() && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
