package tandem.identity.internal;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import com.nimbusds.jwt.JWTParser;

import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;

/**
 * Accepts a bearer token on {@code /api} and {@code /fhir}: a JWT from Tandem's own token endpoint, or
 * from the one external issuer configured ({@code tandem.tokens.external.issuer}, {@code .jwk-set-uri},
 * optionally {@code .audience}). Either way the token must name a registered, enabled client of
 * Tandem (Tandem's own: {@code sub}; an external one: {@code client_id} or {@code azp}), come from an
 * address on the client's list, and (Tandem's own) carry the client's current credentials version, so
 * that disabling a client or rotating its secret ends its tokens at once. The client is looked up on
 * every request (one primary-key read); it may use only the scopes both the token and the client have.
 */
@Component
class BearerAuthentication {

    private static final Logger security = LoggerFactory.getLogger("tandem.security");
    private static final String REFUSED = "The access token is not valid, has expired or has been withdrawn.";

    private final ApiClientStore clients;
    private final AccountRepository accounts;
    private final AccountUserDetailsService users;
    private final AppAuthorizationStore authorizations;
    private final SigningKeys keys;
    private final String issuer;
    private final String externalIssuer;
    private final JwtDecoder external;
    private volatile JwtDecoder own;

    BearerAuthentication(ApiClientStore clients, AccountRepository accounts, AccountUserDetailsService users,
            AppAuthorizationStore authorizations, SigningKeys keys, @Value("${tandem.tokens.issuer:${tandem.base-url}}") String issuer,
            @Value("${tandem.tokens.external.issuer:}") String externalIssuer,
            @Value("${tandem.tokens.external.jwk-set-uri:}") String externalJwks,
            @Value("${tandem.tokens.external.audience:}") String externalAudience) {
        this.clients = clients;
        this.accounts = accounts;
        this.users = users;
        this.authorizations = authorizations;
        this.keys = keys;
        this.issuer = issuer;
        this.externalIssuer = externalIssuer.isBlank() || externalJwks.isBlank() ? null : externalIssuer;
        this.external = this.externalIssuer == null ? null : externalDecoder(externalIssuer, externalJwks, externalAudience);
    }

    private static JwtDecoder externalDecoder(String issuer, String jwks, String audience) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwks).build();
        List<OAuth2TokenValidator<Jwt>> checks = new ArrayList<>();
        checks.add(JwtValidators.createDefaultWithIssuer(issuer));
        if (!audience.isBlank()) {
            checks.add(new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(audience)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
        return decoder;
    }

    private JwtDecoder own() {
        JwtDecoder d = own;
        if (d == null) {
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey(keys.publicKey()).build();
            decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(issuer));
            own = d = decoder;
        }
        return d;
    }

    /** The client behind the token, or {@link InvalidBearerTokenException} (401), logged to the security log. */
    ApiClientAuthentication authenticate(String token, String address) {
        String tokenIssuer = unverifiedIssuer(token);
        boolean ours = issuer.equals(tokenIssuer);
        if (!ours && (externalIssuer == null || !externalIssuer.equals(tokenIssuer))) {
            throw refuse(null, address, "not from a trusted issuer");
        }
        Jwt jwt;
        try {
            jwt = (ours ? own() : external).decode(token);
        } catch (JwtException e) {
            throw refuse(null, address, ours ? "not valid or expired" : "not valid or expired (external issuer)");
        }
        if (ours && jwt.hasClaim(AppLaunch.AUTHORIZATION_CLAIM)) {
            return appUser(jwt, address);
        }
        String clientId = ours ? jwt.getSubject() : Optional.ofNullable(jwt.getClaimAsString("client_id")).orElse(jwt.getClaimAsString("azp"));
        ApiClientRow client = clients.byClientId(clientId).orElseThrow(() -> refuse(null, address, "names no registered client"));
        if (!client.enabled()) {
            throw refuse(client, address, "client disabled");
        }
        if (client.isApp()) {
            throw refuse(client, address, "an app's token without a signed-in user");
        }
        if (ours && !Integer.valueOf(client.credentialsVersion()).equals(version(jwt))) {
            throw refuse(client, address, "issued before the client's secret was rotated or the client disabled");
        }
        if (!ClientAddresses.allows(client.allowedAddresses(), address)) {
            throw refuse(client, address, "address not on the client's list");
        }
        Set<String> granted = new LinkedHashSet<>(scopes(jwt));
        granted.retainAll(client.scopes());
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(Role.API_CLIENT.authority()));
        granted.forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
        CurrentUser user = new CurrentUser(AccountId.of(client.id()), client.actorName(), client.actorName(), Set.of(Role.API_CLIENT),
                null, null, OrganisationId.of(client.organisationId()));
        return new ApiClientAuthentication(jwt, authorities, user);
    }

    /**
     * A token an app got from a person or worker: the app must be enabled, the authorization still there (not
     * stopped, not ended with the account's sessions) and the account enabled, all read now. It acts as that
     * account, with the scopes the token, the app and the account's kind all allow.
     */
    private ApiClientAuthentication appUser(Jwt jwt, String address) {
        List<String> audience = jwt.getAudience();
        ApiClientRow app = audience == null || audience.isEmpty() ? null : clients.byClientId(audience.get(0)).orElse(null);
        if (app == null || !app.isApp()) {
            throw refuse(null, address, "names no registered app");
        }
        if (!app.enabled()) {
            throw refuse(app, address, "app disabled");
        }
        if (!authorizations.live(jwt.getClaimAsString(AppLaunch.AUTHORIZATION_CLAIM))) {
            throw refuse(app, address, "the person or worker stopped the app, or their sessions were ended");
        }
        AccountRow account = accounts.findByUsername(jwt.getSubject()).orElse(null);
        if (account == null || !account.enabled() || !account.id().toString().equals(jwt.getClaimAsString(AppLaunch.ACCOUNT_CLAIM))) {
            throw refuse(app, address, "account disabled or gone");
        }
        CurrentUser who = users.currentUser(account);
        Set<String> granted = new LinkedHashSet<>(scopes(jwt));
        granted.retainAll(app.scopes());
        granted.retainAll(AppLaunch.allowedFor(who));
        List<GrantedAuthority> authorities = new ArrayList<>();
        who.roles().forEach(r -> authorities.add(new SimpleGrantedAuthority(r.authority())));
        granted.forEach(s -> authorities.add(new SimpleGrantedAuthority("SCOPE_" + s)));
        String patient = !who.isStaff() && who.personId() != null ? who.personId().value().toString() : null;
        // the audit trail names the person or worker, and the app they used
        CurrentUser viaApp = new CurrentUser(who.accountId(), who.username(), who.displayName() + " via " + app.name(), who.roles(),
                who.personId(), who.staffId(), who.organisationId());
        return new ApiClientAuthentication(jwt, authorities, viaApp, patient);
    }

    private static Integer version(Jwt jwt) {
        Object v = jwt.getClaims().get(TokenServerConfig.VERSION_CLAIM);
        return v instanceof Number n ? Integer.valueOf(n.intValue()) : null;
    }

    /** A token's scopes: {@code scope} as a space-separated string or a list, or {@code scp}. */
    private static Collection<String> scopes(Jwt jwt) {
        List<String> out = new ArrayList<>();
        for (String claim : List.of("scope", "scp")) {
            Object v = jwt.getClaims().get(claim);
            if (v instanceof String s) {
                out.addAll(List.of(s.trim().split("\\s+")));
            } else if (v instanceof Collection<?> c) {
                c.forEach(x -> out.add(String.valueOf(x)));
            }
        }
        return out;
    }

    private static String unverifiedIssuer(String token) {
        try {
            return JWTParser.parse(token).getJWTClaimsSet().getIssuer();
        } catch (ParseException | RuntimeException e) {
            return null;
        }
    }

    private static InvalidBearerTokenException refuse(ApiClientRow client, String address, String why) {
        security.info("Bearer token refused for {} from {}: {}", client == null ? "no known client"
                : (client.isApp() ? "app " : "API client ") + client.clientId(),
                address, why);
        return new InvalidBearerTokenException(REFUSED);
    }
}
