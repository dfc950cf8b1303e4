package tandem.identity.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.endpoint.NimbusJwtClientAuthenticationParametersConverter;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

/**
 * Puts OpenID Connect sign-in on the app's security chain, when a provider is configured: the
 * authorization code flow with PKCE and state and nonce, private_key_jwt where a key is configured, the
 * people's provider's vtr parameter, and signing out of the provider too (RP-initiated logout).
 */
@Component
class SingleSignOnSecurity {

    /** The request attribute that carries the provider's sign-out address past the end of the session. */
    static final String END_SESSION = tandem.identity.SingleSignOn.END_SESSION_ATTRIBUTE;

    private final OidcSettings settings;
    private final LazyClientRegistrations registrations;
    private final SingleSignOnService handlers;
    private final SingleSignOnFailures failures;
    private final ClientKeys keys;
    private final RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();

    SingleSignOnSecurity(OidcSettings settings, LazyClientRegistrations registrations, SingleSignOnService handlers,
            SingleSignOnFailures failures, ClientKeys keys) {
        this.failures = failures;
        this.settings = settings;
        this.registrations = registrations;
        this.handlers = handlers;
        this.keys = keys;
        tokens.addParametersConverter(new NimbusJwtClientAuthenticationParametersConverter<OAuth2AuthorizationCodeGrantRequest>(
                r -> ClientAuthenticationMethod.PRIVATE_KEY_JWT.equals(r.getClientAuthenticationMethod())
                        ? settings.byRegistrationId(r.getRegistrationId()).map(c -> keys.load(c.key())).orElse(null) : null));
    }

    /**
     * The sign-in chain's providers: the password (behind its throttle) and, when a provider is
     * configured, the OpenID Connect code exchange (the chain has its own authentication manager, so
     * it is named here rather than left to the configurer).
     */
    List<AuthenticationProvider> providers(AuthenticationProvider password) {
        if (!settings.anyConfigured()) {
            return List.of(password);
        }
        return List.of(password, new OidcAuthorizationCodeAuthenticationProvider(tokens, new OidcUserService()));
    }

    void apply(HttpSecurity http) throws Exception {
        if (!settings.anyConfigured()) {
            return;
        }
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(registrations,
                OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        String vtr = settings.person().map(OidcSettings.Client::vtr).orElse(null);
        resolver.setAuthorizationRequestCustomizer(b -> b.attributes(attributes -> {
            if (vtr != null && OidcSettings.PERSON.equals(attributes.get(OAuth2ParameterNames.REGISTRATION_ID))) {
                b.additionalParameters(p -> p.put("vtr", vtr));
            }
        }));
        http.oauth2Login(o -> o.loginPage("/login").clientRegistrationRepository(registrations)
                .authorizedClientRepository(new NothingKept())
                .authorizationEndpoint(a -> a.authorizationRequestResolver(resolver))
                .tokenEndpoint(t -> t.accessTokenResponseClient(tokens))
                .successHandler(handlers).failureHandler(failures)
                .withObjectPostProcessor(new ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter>() {
                    @Override
                    public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
                        // a provider that cannot be reached is a clear page, not the filter's own 500
                        filter.setAuthenticationFailureHandler(failures);
                        return filter;
                    }
                }));
    }

    /** Runs before the session ends: notes the provider's sign-out address when this session came from single sign-on. */
    LogoutHandler rememberProvider() {
        return (request, response, auth) -> {
            HttpSession session = request.getSession(false);
            if (session != null && session.getAttribute(SsoSignIns.SESSION) instanceof SsoSignIns.SsoSession s) {
                endSessionUrl(s, request).ifPresent(url -> request.setAttribute(END_SESSION, url));
            }
        };
    }

    private Optional<String> endSessionUrl(SsoSignIns.SsoSession s, HttpServletRequest request) {
        return registrations.endSessionEndpoint(s.registrationId()).map(endpoint -> {
            // the address this request came to (forwarded headers are honoured), as the redirect URI is built
            String back = org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromContextPath(request).path("/login")
                    .query("signedOut").build().toUriString();
            String client = settings.byRegistrationId(s.registrationId()).map(OidcSettings.Client::clientId).orElse("");
            return endpoint + (endpoint.contains("?") ? "&" : "?") + "id_token_hint=" + enc(s.idToken()) + "&post_logout_redirect_uri="
                    + enc(back) + "&client_id=" + enc(client);
        });
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /**
     * Local sign-outs go to the sign-in page as before. A single sign-on session is shown a page that
     * goes on to the provider's sign-out (a page rather than a redirect: the pages' form-action policy
     * would stop a form's redirect to another site).
     */
    LogoutSuccessHandler afterSignOut() {
        return new LogoutSuccessHandler() {
            @Override
            public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
                    throws IOException, ServletException {
                if (request.getAttribute(END_SESSION) != null) {
                    request.getRequestDispatcher("/login/sso/signed-out").forward(request, response);
                } else {
                    response.sendRedirect(request.getContextPath() + "/login?signedOut");
                }
            }
        };
    }

    /** Tandem keeps no provider access token: the provider proves who someone is, and is not called on their behalf. */
    private static final class NothingKept implements OAuth2AuthorizedClientRepository {
        @Override
        public <T extends OAuth2AuthorizedClient> T loadAuthorizedClient(String id, Authentication principal, HttpServletRequest request) {
            return null;
        }

        @Override
        public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
        }

        @Override
        public void removeAuthorizedClient(String id, Authentication principal, HttpServletRequest request,
                HttpServletResponse response) {
        }
    }
}
