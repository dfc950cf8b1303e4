package tandem.identity.internal;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationConsentAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import com.nimbusds.jwt.JWTParser;

import jakarta.servlet.http.HttpServletRequest;
import tandem.identity.CurrentUser;
import tandem.identity.SmartApps;

/**
 * SMART App Launch (standalone) on top of Spring Authorization Server: how an app is registered with it, which
 * scopes a signed-in person or worker may give an app, the claims Tandem adds to an app's tokens, and the
 * security log of codes issued, tokens issued and authorizations refused.
 */
@Component
class AppLaunch {

    /** The claim naming the authorization a user token belongs to; the bearer chain checks it is still there. */
    static final String AUTHORIZATION_CLAIM = "tandem_aid";
    /** The claim naming the account a user token acts for. */
    static final String ACCOUNT_CLAIM = "tandem_account";
    /** The claim (and token-response parameter) naming the person a person's own token is limited to. */
    static final String PATIENT_CLAIM = "patient";
    static final String FHIR_USER_CLAIM = "fhirUser";
    static final Duration CODE_TTL = Duration.ofMinutes(5);
    static final Duration REFRESH_TTL = Duration.ofDays(30);

    private static final Logger security = LoggerFactory.getLogger("tandem.security");
    private static final Set<String> WORKER_EXTRAS = Set.of("openid", "fhirUser", "offline_access");

    private final String fhirBase;
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    AppLaunch(@Value("${tandem.base-url}") String baseUrl) {
        this.fhirBase = (baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl) + "/fhir/";
    }

    /** An app as Spring Authorization Server sees it: the code grant with PKCE (S256) and consent, and refresh tokens. */
    static RegisteredClient registered(ApiClientRow row, Duration accessTtl) {
        RegisteredClient.Builder b = RegisteredClient.withId(row.id().toString()).clientId(row.clientId()).clientName(row.name())
                .clientIdIssuedAt(row.createdAt())
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(u -> u.addAll(row.redirectUris()))
                .scopes(s -> s.addAll(row.scopes()))
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(true)
                        .build())
                .tokenSettings(TokenSettings.builder().accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED).accessTokenTimeToLive(accessTtl)
                        .authorizationCodeTimeToLive(CODE_TTL).refreshTokenTimeToLive(REFRESH_TTL).reuseRefreshTokens(false)
                        .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256).build());
        if (row.publicClient()) {
            b.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
        } else {
            b.clientSecret(row.secretHash()).clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        }
        return b.build();
    }

    /**
     * The scopes this user may give an app: a worker (an account with a staff record) the {@code user/} scopes,
     * acting as themself; a person their own record's {@code patient/} scopes and {@code launch/patient}; both
     * {@code openid}, {@code fhirUser} and {@code offline_access}. Anyone else, nothing.
     */
    static Set<String> allowedFor(CurrentUser user) {
        Set<String> out = new LinkedHashSet<>();
        if (user == null) {
            return out;
        }
        if (user.isStaff()) {
            out.addAll(SmartApps.USER_SCOPES);
            out.addAll(WORKER_EXTRAS);
        } else if (user.personId() != null) {
            out.addAll(SmartApps.PATIENT_SCOPES);
            out.addAll(SmartApps.LAUNCH_SCOPES);
        }
        return out;
    }

    static CurrentUser userOf(Authentication auth) {
        return auth != null && auth.getPrincipal() instanceof TandemUserDetails d ? d.user() : null;
    }

    static boolean fullySignedIn(Authentication auth) {
        return auth != null && auth.isAuthenticated() && !(auth instanceof AnonymousAuthenticationToken)
                && SecurityConfig.hasAuthority(auth, TandemUserDetails.SIGNED_IN);
    }

    /**
     * Wraps one of the authorization endpoint's request converters: a request of someone not fully signed in
     * (a second factor still to give) is treated as anonymous, so they are sent to sign in; the scopes asked for,
     * and the scopes approved on the consent page, are cut to those the user may give. The app is told in the
     * token response which scopes it got.
     */
    static AuthenticationConverter onlyAllowedScopes(AuthenticationConverter standard) {
        return request -> {
            Authentication converted = standard.convert(request);
            if (converted instanceof OAuth2AuthorizationCodeRequestAuthenticationToken t) {
                Authentication principal = (Authentication) t.getPrincipal();
                if (!fullySignedIn(principal)) {
                    return new OAuth2AuthorizationCodeRequestAuthenticationToken(t.getAuthorizationUri(), t.getClientId(), anonymous(),
                            t.getRedirectUri(), t.getState(), t.getScopes(), t.getAdditionalParameters());
                }
                return new OAuth2AuthorizationCodeRequestAuthenticationToken(t.getAuthorizationUri(), t.getClientId(), principal,
                        t.getRedirectUri(), t.getState(), cut(t.getScopes(), principal), t.getAdditionalParameters());
            }
            if (converted instanceof OAuth2AuthorizationConsentAuthenticationToken t) {
                Authentication principal = (Authentication) t.getPrincipal();
                if (!fullySignedIn(principal)) {
                    return new OAuth2AuthorizationConsentAuthenticationToken(t.getAuthorizationUri(), t.getClientId(), anonymous(),
                            t.getState(), Set.of(), t.getAdditionalParameters());
                }
                return new OAuth2AuthorizationConsentAuthenticationToken(t.getAuthorizationUri(), t.getClientId(), principal, t.getState(),
                        cut(t.getScopes(), principal), t.getAdditionalParameters());
            }
            return converted;
        };
    }

    private static Set<String> cut(Set<String> asked, Authentication principal) {
        Set<String> allowed = allowedFor(userOf(principal));
        Set<String> out = new LinkedHashSet<>(asked);
        out.retainAll(allowed);
        return out;
    }

    private static Authentication anonymous() {
        return new AnonymousAuthenticationToken("app-launch", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));
    }

    /** The claims of an app's tokens: the authorization and account, the person for a person, fhirUser in the ID token. */
    void claims(JwtEncodingContext context) {
        CurrentUser user = userOf(context.getPrincipal());
        if (user == null) {
            return;
        }
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            if (context.getAuthorization() != null) {
                context.getClaims().claim(AUTHORIZATION_CLAIM, context.getAuthorization().getId());
            }
            context.getClaims().claim(ACCOUNT_CLAIM, user.accountId().value().toString());
            if (!user.isStaff() && user.personId() != null) {
                context.getClaims().claim(PATIENT_CLAIM, user.personId().value().toString());
            }
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            String fhirUser = user.isStaff() ? fhirBase + "Practitioner/" + user.staffId().value()
                    : user.personId() != null ? fhirBase + "Patient/" + user.personId().value() : null;
            if (fhirUser != null && context.getAuthorizedScopes().contains("fhirUser")) {
                context.getClaims().claim(FHIR_USER_CLAIM, fhirUser);
            }
        }
    }

    /** SMART's launch context: {@code patient} in the token response when the app asked for launch/patient. */
    void tokenResponse(OAuth2AccessTokenAuthenticationContext context) {
        OAuth2AccessTokenAuthenticationToken t = context.getAuthentication();
        if (!isApp(t) || !t.getAccessToken().getScopes().contains("launch/patient")) {
            return;
        }
        Object patient = claim(t.getAccessToken().getTokenValue(), PATIENT_CLAIM);
        if (patient != null) {
            // the builder's parameters are replaced, not added to: keep the ID token
            Map<String, Object> parameters = new java.util.LinkedHashMap<>(t.getAdditionalParameters());
            parameters.put(PATIENT_CLAIM, patient);
            context.getAccessTokenResponse().additionalParameters(parameters);
        }
    }

    boolean isApp(OAuth2AccessTokenAuthenticationToken t) {
        return t.getRegisteredClient().getAuthorizationGrantTypes().contains(AuthorizationGrantType.AUTHORIZATION_CODE);
    }

    void logIssued(OAuth2AccessTokenAuthenticationToken t, HttpServletRequest request) {
        security.info("Token issued to app {} for account {} with scopes {}{} from {}", t.getRegisteredClient().getClientId(),
                claim(t.getAccessToken().getTokenValue(), ACCOUNT_CLAIM), t.getAccessToken().getScopes(),
                "refresh_token".equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE)) ? " (refreshed)" : "",
                request.getRemoteAddr());
    }

    /** Sends the code back to the app, as Spring Authorization Server does, and logs that it was issued. */
    AuthenticationSuccessHandler codeIssued() {
        return (request, response, authentication) -> {
            OAuth2AuthorizationCodeRequestAuthenticationToken t = (OAuth2AuthorizationCodeRequestAuthenticationToken) authentication;
            CurrentUser user = userOf((Authentication) t.getPrincipal());
            security.info("Authorization code issued to app {} for account {} with scopes {} from {}", t.getClientId(),
                    user == null ? "unknown" : user.accountId(), t.getScopes(), request.getRemoteAddr());
            UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(t.getRedirectUri())
                    .queryParam(OAuth2ParameterNames.CODE, t.getAuthorizationCode().getTokenValue());
            if (StringUtils.hasText(t.getState())) {
                uri.queryParam(OAuth2ParameterNames.STATE, UriUtils.encode(t.getState(), StandardCharsets.UTF_8));
            }
            redirects.sendRedirect(request, response, uri.build(true).toUriString());
        };
    }

    /**
     * A refused authorization: logged, then sent back to the app only when its address was checked against the
     * app's registered ones (as Spring Authorization Server does); otherwise 400 here, with no redirect.
     */
    AuthenticationFailureHandler refusedAuthorization() {
        return (request, response, exception) -> {
            OAuth2Error error = exception instanceof OAuth2AuthenticationException o ? o.getError() : new OAuth2Error("invalid_request");
            OAuth2AuthorizationCodeRequestAuthenticationToken t = exception instanceof OAuth2AuthorizationCodeRequestAuthenticationException e
                    ? e.getAuthorizationCodeRequestAuthentication() : null;
            CurrentUser user = userOf(org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication());
            security.info("Authorization refused for app {} for account {} from {}: {}", t == null ? "unknown" : clip(t.getClientId()),
                    user == null ? "not signed in" : user.accountId(), request.getRemoteAddr(), error.getErrorCode());
            if (t == null || !StringUtils.hasText(t.getRedirectUri())) {
                response.sendError(400, "The request to let an app in is not valid.");
                return;
            }
            UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(t.getRedirectUri())
                    .queryParam(OAuth2ParameterNames.ERROR, error.getErrorCode());
            if (StringUtils.hasText(t.getState())) {
                uri.queryParam(OAuth2ParameterNames.STATE, UriUtils.encode(t.getState(), StandardCharsets.UTF_8));
            }
            redirects.sendRedirect(request, response, uri.build(true).toUriString());
        };
    }

    private static String clip(String s) {
        return s == null ? "unknown" : s.length() > 64 ? s.substring(0, 64) : s.replaceAll("[^A-Za-z0-9._-]", "?");
    }

    /** A claim of a token Tandem has just signed (so not verified again). */
    private static Object claim(String jwt, String name) {
        try {
            return JWTParser.parse(jwt).getJWTClaimsSet().getClaim(name);
        } catch (ParseException e) {
            return null;
        }
    }
}
