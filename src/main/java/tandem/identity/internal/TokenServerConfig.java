package tandem.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ClientCredentialsAuthenticationConverter;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The token endpoint for other systems: Spring Authorization Server at {@code POST /oauth2/token}
 * (client credentials only) and its key set at {@code GET /oauth2/jwks}, in a filter chain of their own
 * that matches nothing else. Clients come from {@code api_client}; a disabled client, or one asking
 * from an address not on its list, is not found (invalid_client, 401). Tokens are JWTs signed with
 * {@link SigningKeys}, valid for {@code tandem.tokens.ttl} and carrying the client's credentials
 * version, which {@link BearerAuthentication} checks on every request.
 */
@Configuration(proxyBeanMethods = false)
class TokenServerConfig {

    static final String TOKEN_PATH = "/oauth2/token";
    static final String JWKS_PATH = "/oauth2/jwks";
    /** The claim naming the client's credentials version the token was issued under. */
    static final String VERSION_CLAIM = "tandem_cv";

    private static final Logger security = LoggerFactory.getLogger("tandem.security");

    @Bean
    @Order(1)
    SecurityFilterChain tokenEndpointFilterChain(HttpSecurity http, ApiClientStore clients, AppLaunch launch) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(TOKEN_PATH),
                PathPatternRequestMatcher.withDefaults().matcher(JWKS_PATH)))
                .with(server, s -> s
                        .clientAuthentication(c -> c.errorResponseHandler(refused(clients)))
                        .tokenEndpoint(t -> t
                                .accessTokenRequestConverter(allScopesWhenNoneAsked())
                                .accessTokenResponseHandler(issued(launch))
                                .errorResponseHandler(refusedGrant(clients))))
                .authorizeHttpRequests(a -> a.requestMatchers(JWKS_PATH).permitAll().anyRequest().authenticated())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable());
        return http.build();
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${tandem.tokens.issuer:${tandem.base-url}}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).tokenEndpoint(TOKEN_PATH).jwkSetEndpoint(JWKS_PATH).build();
    }

    @Bean
    JWKSource<SecurityContext> tokenSigningKeys(SigningKeys keys) {
        return (selector, context) -> selector.select(new JWKSet(keys.current()));
    }

    @Bean
    RegisteredClientRepository registeredClients(ApiClientStore clients,
            @Value("${tandem.tokens.ttl:PT5M}") Duration ttl) {
        return new DatabaseClients(clients, ttl);
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(ApiClientStore clients, AppLaunch launch) {
        return context -> {
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                clients.byId(UUID.fromString(context.getRegisteredClient().getId()))
                        .ifPresent(c -> context.getClaims().claim(VERSION_CLAIM, c.credentialsVersion()));
            } else {
                launch.claims(context);
            }
        };
    }

    /** Clients from {@code api_client}: only enabled ones, and only from an address on their list. */
    static final class DatabaseClients implements RegisteredClientRepository {

        private final ApiClientStore clients;
        private final Duration ttl;

        DatabaseClients(ApiClientStore clients, Duration ttl) {
            this.clients = clients;
            this.ttl = ttl;
        }

        /**
         * Called by the authorization server only to re-encode a secret whose hash uses an outdated encoding;
         * clients themselves are registered through {@code ApiClients}.
         */
        @Override
        public void save(RegisteredClient registeredClient) {
            clients.byClientId(registeredClient.getClientId())
                    .filter(row -> registeredClient.getClientSecret() != null && !registeredClient.getClientSecret().equals(row.secretHash()))
                    .ifPresent(row -> clients.reencode(row.id(), row.secretHash(), registeredClient.getClientSecret()));
        }

        @Override
        public RegisteredClient findById(String id) {
            try {
                return clients.byId(UUID.fromString(id)).filter(DatabaseClients::usable).map(this::registered).orElse(null);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        @Override
        public RegisteredClient findByClientId(String clientId) {
            return clients.byClientId(clientId).filter(DatabaseClients::usable).map(this::registered).orElse(null);
        }

        private static boolean usable(ApiClientRow row) {
            return row.enabled() && ClientAddresses.allows(row.allowedAddresses(), currentAddress());
        }

        private RegisteredClient registered(ApiClientRow row) {
            if (row.isApp()) {
                return AppLaunch.registered(row, ttl);
            }
            return RegisteredClient.withId(row.id().toString()).clientId(row.clientId()).clientSecret(row.secretHash())
                    .clientName(row.name()).clientIdIssuedAt(row.createdAt())
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .scopes(s -> s.addAll(row.scopes()))
                    .clientSettings(ClientSettings.builder().requireProofKey(false).requireAuthorizationConsent(false).build())
                    .tokenSettings(TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                            .accessTokenTimeToLive(ttl).build())
                    .build();
        }
    }

    /** The address of the request being served (after the proxy headers the server trusts), or null outside one. */
    static String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a ? a.getRequest().getRemoteAddr()
                : null;
    }

    /** Without a {@code scope} parameter a client gets every scope it is registered for (RFC 6749, 3.3). */
    private static AuthenticationConverter allScopesWhenNoneAsked() {
        OAuth2ClientCredentialsAuthenticationConverter standard = new OAuth2ClientCredentialsAuthenticationConverter();
        return request -> {
            Authentication converted = standard.convert(request);
            if (converted instanceof OAuth2ClientCredentialsAuthenticationToken asked && asked.getScopes().isEmpty()
                    && asked.getPrincipal() instanceof OAuth2ClientAuthenticationToken client && client.getRegisteredClient() != null) {
                return new OAuth2ClientCredentialsAuthenticationToken(client, client.getRegisteredClient().getScopes(),
                        asked.getAdditionalParameters());
            }
            return converted;
        };
    }

    private static AuthenticationSuccessHandler issued(AppLaunch launch) {
        OAuth2AccessTokenResponseAuthenticationSuccessHandler standard = new OAuth2AccessTokenResponseAuthenticationSuccessHandler();
        standard.setAccessTokenResponseCustomizer(launch::tokenResponse);
        return (request, response, authentication) -> {
            if (authentication instanceof OAuth2AccessTokenAuthenticationToken t && launch.isApp(t)) {
                launch.logIssued(t, request);
            } else if (authentication instanceof OAuth2AccessTokenAuthenticationToken t) {
                security.info("Token issued to API client {} with scopes {} from {}", t.getRegisteredClient().getClientId(),
                        t.getAccessToken().getScopes(), request.getRemoteAddr());
            }
            standard.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static AuthenticationFailureHandler refusedGrant(ApiClientStore clients) {
        OAuth2ErrorAuthenticationFailureHandler standard = new OAuth2ErrorAuthenticationFailureHandler();
        return (request, response, exception) -> {
            security.info("Token request refused for {} from {}: {}", who(request, clients), request.getRemoteAddr(),
                    errorCode(exception));
            standard.onAuthenticationFailure(request, response, exception);
        };
    }

    /** A client that could not be authenticated: 401 invalid_client, saying no more than that. */
    private static AuthenticationFailureHandler refused(ApiClientStore clients) {
        OAuth2ErrorHttpMessageConverter converter = new OAuth2ErrorHttpMessageConverter();
        return (request, response, exception) -> {
            String code = errorCode(exception);
            security.info("Token request refused for {} from {}: {}", who(request, clients), request.getRemoteAddr(),
                    OAuth2ErrorCodes.INVALID_CLIENT.equals(code) ? "unknown, disabled or not allowed client, or wrong secret" : code);
            HttpStatus status = OAuth2ErrorCodes.INVALID_CLIENT.equals(code) ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST;
            OAuth2Error error = OAuth2ErrorCodes.INVALID_CLIENT.equals(code)
                    ? new OAuth2Error(code, "The client could not be authenticated.", null)
                    : new OAuth2Error(code, "The token request is not valid.", null);
            write(response, status, error, converter);
        };
    }

    private static void write(HttpServletResponse response, HttpStatus status, OAuth2Error error,
            OAuth2ErrorHttpMessageConverter converter) throws IOException {
        ServletServerHttpResponse http = new ServletServerHttpResponse(response);
        http.setStatusCode(status);
        if (status == HttpStatus.UNAUTHORIZED) {
            http.getHeaders().set("WWW-Authenticate", "Basic realm=\"tandem\"");
        }
        converter.write(error, null, http);
    }

    private static String errorCode(AuthenticationException exception) {
        return exception instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode() : "invalid_request";
    }

    /**
     * Who asked, for the security log: a registered client's id, or "an unknown client". What was sent is
     * never logged otherwise (a secret is sometimes sent where the id belongs).
     */
    private static String who(HttpServletRequest request, ApiClientStore clients) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return "a request without client credentials";
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), java.nio.charset.StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            String id = java.net.URLDecoder.decode(colon < 0 ? decoded : decoded.substring(0, colon), java.nio.charset.StandardCharsets.UTF_8);
            return clients.byClientId(id).map(c -> "API client " + c.clientId()).orElse("an unknown client");
        } catch (IllegalArgumentException e) {
            return "an unknown client";
        }
    }
}
