package testprovider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.nimbusds.jose.jwk.RSAKey;

/**
 * A real OpenID Connect provider on loopback for the tests: Spring Authorization Server in its own
 * application context (its classes live outside {@code tandem}, so Tandem's component scan never sees
 * them, and this context scans nothing of Tandem's). Clients "tandem-staff" (client_secret_basic, PKCE
 * required) and "tandem-person" (private_key_jwt only). Users are added by the tests with the claims
 * their ID tokens carry. A switch makes the next ID tokens bad, and {@link #stop()} takes it down.
 */
public final class TestProvider {

    /** What the provider does to the ID tokens it mints. */
    public enum Mode { GOOD, EXPIRED, TAMPERED, WRONG_AUDIENCE, WRONG_ISSUER }

    public static final String STAFF_CLIENT = "tandem-staff";
    public static final String STAFF_SECRET = "staff-client-secret-for-tests";
    public static final String PERSON_CLIENT = "tandem-person";
    public static final String PASSWORD = "provider-password";

    final int port;
    final RSAKey signingKey;
    /** The key pair Tandem's person client signs its client assertions with; the provider knows only its public half. */
    final RSAKey personClientKey;
    final Map<String, Map<String, Object>> users = new ConcurrentHashMap<>();
    /** The query parameters of each authorization request, and the form of each token request, in order. */
    final List<Map<String, String>> authorizationRequests = new CopyOnWriteArrayList<>();
    final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();
    volatile Mode mode = Mode.GOOD;
    private ConfigurableApplicationContext context;

    private TestProvider(int port) {
        this.port = port;
        this.signingKey = rsa();
        this.personClientKey = rsa();
    }

    /** Starts a provider on 127.0.0.1 on a free port. */
    public static TestProvider start() {
        TestProvider p = new TestProvider(freePort());
        p.run();
        return p;
    }

    private void run() {
        ProviderConfig.starting.set(this);
        try {
            context = new SpringApplicationBuilder(ProviderConfig.class).web(WebApplicationType.SERVLET)
                    .properties("spring.main.banner-mode=off", "spring.main.log-startup-info=false",
                            "spring.config.location=optional:classpath:/testprovider-none/")
                    .run();
        } finally {
            ProviderConfig.starting.remove();
        }
    }

    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public String issuer() {
        return "http://127.0.0.1:" + port;
    }

    /** Adds a user who signs in with {@link #PASSWORD} and whose ID tokens carry these claims. */
    public void addUser(String username, Map<String, Object> claims) {
        users.put(username, Map.copyOf(claims));
    }

    /** Lets both clients send people back to this address after signing out (RP-initiated logout). */
    public void allowPostLogoutRedirect(String uri) {
        var clients = context.getBean(org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository.class);
        for (String id : List.of(STAFF_CLIENT, PERSON_CLIENT)) {
            var client = clients.findByClientId(id);
            clients.save(org.springframework.security.oauth2.server.authorization.client.RegisteredClient.from(client)
                    .postLogoutRedirectUri(uri).build());
        }
    }

    public void mode(Mode mode) {
        this.mode = mode;
    }

    public List<Map<String, String>> authorizationRequests() {
        return List.copyOf(authorizationRequests);
    }

    public List<Map<String, String>> tokenRequests() {
        return List.copyOf(tokenRequests);
    }

    /** Writes the person client's private key (a JWK) to a file, for TANDEM_OIDC_PERSON_KEY. */
    public Path writePersonClientKey() {
        try {
            Path file = Files.createTempFile("tandem-person-client-", ".jwk");
            file.toFile().deleteOnExit();
            Files.writeString(file, personClientKey.toJSONString());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RSAKey rsa() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            KeyPair pair = g.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
