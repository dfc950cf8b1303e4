package tandem.identity.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The client registrations, each read from its issuer's discovery document on first use and then kept.
 * Nothing is fetched at start-up, so a provider that is down never stops Tandem starting; while it is down
 * each sign-in attempt tries again and fails with {@link #UNAVAILABLE} (a clear page, never a 500).
 */
@Component
class LazyClientRegistrations implements ClientRegistrationRepository {

    /** The error code of a provider that could not be reached or answered wrongly. */
    static final String UNAVAILABLE = "provider_unavailable";

    private static final Logger security = LoggerFactory.getLogger("tandem.security");

    private final OidcSettings settings;
    private final Map<String, ClientRegistration> known = new ConcurrentHashMap<>();
    private final RestClient http;

    LazyClientRegistrations(OidcSettings settings) {
        this.settings = settings;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(5));
        factory.setReadTimeout(Duration.ofSeconds(10));
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    /**
     * The registration, or null for an id that is not configured. Throws an authentication exception
     * when the provider cannot be reached, which the sign-in filters turn into the "cannot reach" page.
     */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        Optional<OidcSettings.Client> client = settings.byRegistrationId(registrationId);
        if (client.isEmpty()) {
            return null;
        }
        ClientRegistration cached = known.get(registrationId);
        if (cached != null) {
            return cached;
        }
        ClientRegistration made = discover(client.get());
        known.put(registrationId, made);
        return made;
    }

    /** The end-session endpoint of a registration already in use, for RP-initiated logout. */
    Optional<String> endSessionEndpoint(String registrationId) {
        return Optional.ofNullable(known.get(registrationId))
                .map(r -> r.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint"))
                .map(Object::toString);
    }

    private ClientRegistration discover(OidcSettings.Client c) {
        String issuer = c.issuer().endsWith("/") ? c.issuer().substring(0, c.issuer().length() - 1) : c.issuer();
        Map<String, Object> metadata;
        try {
            metadata = http.get().uri(issuer + "/.well-known/openid-configuration").retrieve()
                    .body(new ParameterizedTypeReference<Map<String, Object>>() {
                    });
        } catch (RuntimeException e) {
            security.warn("Single sign-on provider for '{}' could not be reached at its issuer {} ({})", c.registrationId(), c.issuer(),
                    e.getClass().getSimpleName());
            throw unavailable();
        }
        // OpenID Connect Discovery 1.0, section 4.3: the issuer in the document must be exactly the one configured
        if (metadata == null || !c.issuer().equals(String.valueOf(metadata.get("issuer")))) {
            security.warn("Single sign-on provider for '{}' named a different issuer in its discovery document than {}: refused",
                    c.registrationId(), c.issuer());
            throw unavailable();
        }
        try {
            ClientRegistration.Builder b = ClientRegistrations.fromOidcConfiguration(metadata).registrationId(c.registrationId())
                    .clientId(c.clientId()).authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}").scope(c.scopes()).userNameAttributeName("sub")
                    // PKCE (S256) for this confidential client as well: Spring Security sends it by default to public clients only
                    .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build());
            if (c.privateKeyJwt()) {
                b.clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT);
            } else {
                b.clientSecret(c.clientSecret() == null ? "" : c.clientSecret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
            }
            ClientRegistration r = b.build();
            security.info("Single sign-on provider for '{}' discovered at {}", c.registrationId(), c.issuer());
            return r;
        } catch (RuntimeException e) {
            security.warn("Single sign-on provider for '{}' sent a discovery document that cannot be used ({})", c.registrationId(),
                    e.getClass().getSimpleName());
            throw unavailable();
        }
    }

    private static OAuth2AuthenticationException unavailable() {
        return new OAuth2AuthenticationException(new OAuth2Error(UNAVAILABLE, "The sign-in service could not be reached", null));
    }
}
