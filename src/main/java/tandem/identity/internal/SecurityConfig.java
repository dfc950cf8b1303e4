package tandem.identity.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tandem.identity.PublicPaths;

@Configuration(proxyBeanMethods = false)
class SecurityConfig {

    static final String MFA_PENDING = "MFA_PENDING";
    static final String MFA_SETUP_REQUIRED = "MFA_SETUP_REQUIRED";

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";

    /**
     * No Spring Security observations: they wrap each of the filters of every request for metrics
     * nobody reads here (HTTP request metrics stay on).
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LoginThrottle throttle, SignInHandlers handlers,
            SecurityContextRepository contexts, List<PublicPaths> publicPaths, SingleSignOnSecurity sso) throws Exception {
        // the JSON API and the FHIR server answer 401/403 themselves rather than sending a browser to the sign-in page
        RequestMatcher api = new org.springframework.security.web.util.matcher.OrRequestMatcher(
                PathPatternRequestMatcher.withDefaults().matcher("/api/**"), PathPatternRequestMatcher.withDefaults().matcher("/fhir/**"));
        List<String> open = new ArrayList<>(List.of("/css/**", "/js/**", "/images/**", "/favicon.ico", "/login",
                "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**", "/api-docs",
                "/api-docs/**", "/swagger-ui/**", "/webjars/**"));
        publicPaths.forEach(p -> open.addAll(p.patterns()));

        http.authenticationManager(new ProviderManager(sso.providers(throttle)))
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a
                        .requestMatchers(open.toArray(String[]::new)).permitAll()
                        .requestMatchers("/login/second-factor").hasAuthority(MFA_PENDING)
                        .requestMatchers("/account/second-factor").hasAnyAuthority(TandemUserDetails.SIGNED_IN, MFA_SETUP_REQUIRED)
                        .requestMatchers("/admin/**", "/api/v1/admin/**").hasAuthority("ROLE_ADMIN")
                        .anyRequest().hasAuthority(TandemUserDetails.SIGNED_IN))
                .formLogin(f -> f.loginPage("/login").loginProcessingUrl("/login")
                        .successHandler(handlers).failureHandler(handlers).permitAll())
                .logout(l -> l.logoutUrl("/logout").addLogoutHandler(sso.rememberProvider()).logoutSuccessHandler(sso.afterSignOut())
                        .permitAll())
                .csrf(c -> c.csrfTokenRepository(CookieCsrfTokenRepository.withHttpOnlyFalse())
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class)
                .addFilterAfter(new RefusedAccessLog(), org.springframework.security.web.context.SecurityContextHolderFilter.class)
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e
                        .defaultAuthenticationEntryPointFor((req, res, ex) -> problem(res, HttpStatus.UNAUTHORIZED,
                                "Sign in to use the API."), api)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                                AnyRequestMatcher.INSTANCE)
                        .accessDeniedHandler(accessDenied(api)))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        sso.apply(http);
        return http.build();
    }

    private static AccessDeniedHandler accessDenied(RequestMatcher api) {
        AccessDeniedHandler page = new AccessDeniedHandlerImpl();
        return (request, response, ex) -> {
            Authentication auth = SecurityContextHolder.getContext().getAuthentication();
            if (hasAuthority(auth, MFA_PENDING)) {
                response.sendRedirect(request.getContextPath() + "/login/second-factor");
            } else if (hasAuthority(auth, MFA_SETUP_REQUIRED)) {
                response.sendRedirect(request.getContextPath() + "/account/second-factor");
            } else if (api.matches(request)) {
                problem(response, HttpStatus.FORBIDDEN, "You may not do this.");
            } else {
                page.handle(request, response, ex);
            }
        };
    }

    static boolean hasAuthority(Authentication auth, String authority) {
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }

    static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + ",\"detail\":\"" + detail + "\"}");
    }

    /** Makes sure the XSRF-TOKEN cookie is always sent, so scripts and htmx can echo it back. */
    static final class CsrfCookieFilter extends org.springframework.web.filter.OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                jakarta.servlet.FilterChain chain) throws jakarta.servlet.ServletException, IOException {
            Object token = request.getAttribute(org.springframework.security.web.csrf.CsrfToken.class.getName());
            if (token instanceof org.springframework.security.web.csrf.CsrfToken csrf) {
                csrf.getToken();
            }
            chain.doFilter(request, response);
        }
    }
}
