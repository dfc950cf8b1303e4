package tandem.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The authorization endpoint of SMART App Launch, {@code /oauth2/authorize}, in a chain of its own that matches
 * that path only. It shares the browser session with the main chain (the same security context repository and
 * session store), so someone not signed in goes to Tandem's own sign-in page and comes back; the consent page is
 * Tandem's ({@code /oauth2/consent}, served by the main chain). The token endpoint stays in
 * {@link TokenServerConfig}'s stateless chain.
 */
@Configuration(proxyBeanMethods = false)
class AppLaunchConfig {

    static final String AUTHORIZE_PATH = "/oauth2/authorize";
    static final String CONSENT_PATH = "/oauth2/consent";

    @Bean
    @Order(0)
    SecurityFilterChain appAuthorizationFilterChain(HttpSecurity http, SecurityContextRepository contexts, AppLaunch launch)
            throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(AUTHORIZE_PATH))
                .with(server, s -> s.authorizationEndpoint(a -> a.consentPage(CONSENT_PATH)
                        .authorizationRequestConverters(list -> list.replaceAll(AppLaunch::onlyAllowedScopes))
                        .authorizationResponseHandler(launch.codeIssued())
                        .errorResponseHandler(launch.refusedAuthorization()))
                        // OpenID Connect on, or the endpoint refuses the openid scope; its own endpoints stay unreachable
                        .oidc(org.springframework.security.config.Customizer.withDefaults()))
                .securityContext(c -> c.securityContextRepository(contexts))
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(TandemUserDetails.SIGNED_IN))
                .exceptionHandling(e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/login"))
                        // signed in but a second factor still to give (or to set up): finish signing in first
                        .accessDeniedHandler((request, response, denied) -> response.sendRedirect(request.getContextPath()
                                + (SecurityConfig.hasAuthority(org.springframework.security.core.context.SecurityContextHolder.getContext()
                                        .getAuthentication(), SecurityConfig.MFA_SETUP_REQUIRED) ? "/account/second-factor" : "/login/second-factor"))))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(SecurityConfig.CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000)));
        return http.build();
    }

    @Bean
    OAuth2AuthorizationConsentService appConsents(JdbcOperations jdbc, RegisteredClientRepository clients) {
        return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
    }
}
