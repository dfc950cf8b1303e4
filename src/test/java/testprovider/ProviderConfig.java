package testprovider;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The provider's whole configuration: no auto-configuration and no component scan, so nothing else joins in. */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableWebMvc
class ProviderConfig {

    /** The provider being started (a context is built on one thread). */
    static final ThreadLocal<TestProvider> starting = new ThreadLocal<>();

    @Bean
    TestProvider provider() {
        return starting.get();
    }

    @Bean
    TomcatServletWebServerFactory webServer(TestProvider p) throws Exception {
        TomcatServletWebServerFactory f = new TomcatServletWebServerFactory(p.port);
        f.setAddress(java.net.InetAddress.getLoopbackAddress());
        return f;
    }

    @Bean
    DispatcherServlet dispatcherServlet() {
        return new DispatcherServlet();
    }

    /** The person client's public key, where the provider fetches it to check private_key_jwt assertions (a member class, so registered with this configuration). */
    @RestController
    static class ClientJwks {
        private final TestProvider p;

        ClientJwks(TestProvider p) {
            this.p = p;
        }

        @GetMapping(value = "/test/client-jwks", produces = MediaType.APPLICATION_JSON_VALUE)
        String jwks() {
            return new JWKSet(p.personClientKey.toPublicJWK()).toString();
        }
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(as -> {
            http.securityMatcher(as.getEndpointsMatcher());
            as.oidc(Customizer.withDefaults());
        })
                .authorizeHttpRequests(a -> a.anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs.jwt(Customizer.withDefaults()))
                .exceptionHandling(e -> e.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a.requestMatchers("/test/client-jwks").permitAll().anyRequest().authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    UserDetailsService users(TestProvider p) {
        return name -> {
            if (!p.users.containsKey(name)) {
                throw new UsernameNotFoundException("no such user");
            }
            return User.withUsername(name).password("{noop}" + TestProvider.PASSWORD).roles("USER").build();
        };
    }

    @Bean
    RegisteredClientRepository clients(TestProvider p) {
        RegisteredClient staff = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(TestProvider.STAFF_CLIENT)
                .clientSecret("{noop}" + TestProvider.STAFF_SECRET).clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/login/oauth2/code/staff").postLogoutRedirectUri("http://127.0.0.1/login?signedOut")
                .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false).build()).build();
        RegisteredClient person = RegisteredClient.withId(UUID.randomUUID().toString()).clientId(TestProvider.PERSON_CLIENT)
                .clientAuthenticationMethod(ClientAuthenticationMethod.PRIVATE_KEY_JWT)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1/login/oauth2/code/person").postLogoutRedirectUri("http://127.0.0.1/login?signedOut")
                .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE).scope("nhs_number").scope("birthdate")
                .clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(false)
                        .jwkSetUrl(p.issuer() + "/test/client-jwks").tokenEndpointAuthenticationSigningAlgorithm(SignatureAlgorithm.RS256)
                        .build())
                .build();
        return new InMemoryRegisteredClientRepository(staff, person);
    }

    @Bean
    AuthorizationServerSettings settings(TestProvider p) {
        return AuthorizationServerSettings.builder().issuer(p.issuer()).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(TestProvider p) {
        return new ImmutableJWKSet<>(new JWKSet(p.signingKey));
    }

    @Bean
    JwtDecoder jwtDecoder(TestProvider p) throws Exception {
        return NimbusJwtDecoder.withPublicKey(p.signingKey.toRSAPublicKey()).build();
    }

    /** Signs with the provider's key; in {@link TestProvider.Mode#TAMPERED} changes an ID token's subject after signing. */
    @Bean
    JwtEncoder jwtEncoder(TestProvider p, JWKSource<SecurityContext> keys) {
        NimbusJwtEncoder signer = new NimbusJwtEncoder(keys);
        return parameters -> {
            Jwt jwt = signer.encode(parameters);
            if (p.mode != TestProvider.Mode.TAMPERED || !jwt.hasClaim("nonce")) {
                return jwt;
            }
            String[] parts = jwt.getTokenValue().split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                    .replace("\"sub\":\"", "\"sub\":\"x");
            String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                    + "." + parts[2];
            return new Jwt(tampered, jwt.getIssuedAt(), jwt.getExpiresAt(), jwt.getHeaders(), jwt.getClaims());
        };
    }

    /** The ID token carries the user's claims; the switch spoils it in the ways the tests ask for. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims(TestProvider p) {
        return context -> {
            if (!"id_token".equals(context.getTokenType().getValue())) {
                return;
            }
            Map<String, Object> claims = p.users.getOrDefault(context.getPrincipal().getName(), Map.of());
            claims.forEach((k, v) -> context.getClaims().claim(k, v));
            Instant now = Instant.now();
            switch (p.mode) {
                case EXPIRED -> context.getClaims().issuedAt(now.minus(Duration.ofHours(2))).expiresAt(now.minus(Duration.ofHours(1)));
                case WRONG_AUDIENCE -> context.getClaims().audience(List.of("some-other-client"));
                case WRONG_ISSUER -> context.getClaims().issuer("http://127.0.0.1:1/not-this-provider");
                default -> {
                }
            }
        };
    }

    /** Keeps what arrived at the authorization and token endpoints, for the tests to check (PKCE, vtr, client authentication). */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> recorder(TestProvider p) {
        FilterRegistrationBean<OncePerRequestFilter> r = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getRequestURI().equals("/oauth2/authorize") && request.getParameter("response_type") != null) {
                    p.authorizationRequests.add(parameters(request));
                } else if (request.getRequestURI().equals("/oauth2/token")) {
                    Map<String, String> form = parameters(request);
                    form.put("basic_auth", String.valueOf(request.getHeader("Authorization") != null));
                    p.tokenRequests.add(form);
                }
                chain.doFilter(request, response);
            }
        });
        r.setOrder(Integer.MIN_VALUE);
        return r;
    }

    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> m = new LinkedHashMap<>();
        request.getParameterMap().forEach((k, v) -> m.put(k, v.length == 0 ? "" : v[0]));
        return m;
    }

    static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
