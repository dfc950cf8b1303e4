package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;

import tandem.support.DemoUsers;

/**
 * Other systems with tokens, over real HTTP: an administrator registers a client, the client gets a
 * token at /oauth2/token and calls the API with it, with no session and no CSRF token; scopes,
 * disabling, rotating, the address list, expiry, tampering and an external issuer's tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false", "tandem.tokens.issuer=https://tandem.test",
                "tandem.tokens.external.audience=tandem"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ApiTokensTest {

    static final String EXTERNAL_ISSUER = "https://idp.example.test";
    static final RSAKey EXTERNAL_KEY;
    static final HttpServer JWKS;

    static {
        try {
            EXTERNAL_KEY = new RSAKeyGenerator(2048).keyID("external-1").generate();
            JWKS = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            byte[] body = new JWKSet(EXTERNAL_KEY.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
            JWKS.createContext("/jwks", exchange -> {
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            JWKS.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void externalIssuer(DynamicPropertyRegistry registry) {
        registry.add("tandem.tokens.external.issuer", () -> EXTERNAL_ISSUER);
        registry.add("tandem.tokens.external.jwk-set-uri", () -> "http://127.0.0.1:" + JWKS.getAddress().getPort() + "/jwks");
    }

    @AfterAll
    void stopJwks() {
        JWKS.stop(0);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    /** The API routes open to bearer tokens (with the scope named in CONTRACT.md and decision 0018); every other one is 403. */
    static final java.util.Set<String> OPEN_TO_TOKENS = java.util.Set.of("GET /api/v1/people", "GET /api/v1/people/{personId}",
            "GET /api/v1/instruments", "GET /api/v1/instruments/{code}", "GET /api/v1/instruments/{code}/fhir", "POST /api/v1/score",
            "GET /api/v1/people/{personId}/responses", "POST /api/v1/people/{personId}/responses",
            "GET /api/v1/people/{personId}/observations", "POST /api/v1/people/{personId}/observations",
            "GET /api/v1/people/{personId}/clinical-recovery");

    final ObjectMapper json = new ObjectMapper();
    final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    HttpClient admin;
    CookieManager adminCookies;
    UUID organisation;

    @BeforeAll
    void signInAsAdministrator() throws Exception {
        adminCookies = new CookieManager();
        admin = HttpClient.newBuilder().cookieHandler(adminCookies).followRedirects(HttpClient.Redirect.NEVER).build();
        admin.send(HttpRequest.newBuilder(url("/login")).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = admin.send(HttpRequest.newBuilder(url("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("username", "admin", "password", DemoUsers.PASSWORD, "_csrf", xsrf()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.headers().firstValue("Location")).as("signed in").hasValueSatisfying(l -> assertThat(l).doesNotContain("error").endsWith("/"));
        // signing in replaces the CSRF token; the next page sets the new one
        admin.send(HttpRequest.newBuilder(url("/admin/api-clients")).build(), HttpResponse.BodyHandlers.discarding());
        organisation = jdbc.sql("SELECT organisation_id FROM account WHERE username = 'admin'").query(UUID.class).single();
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    String xsrf() {
        return adminCookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .findFirst().orElseThrow();
    }

    static HttpRequest.BodyPublisher form(Map<String, String> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, v) -> b.append(b.isEmpty() ? "" : "&").append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return HttpRequest.BodyPublishers.ofString(b.toString());
    }

    /** Registers a client through the JSON API as the administrator (session and CSRF header). */
    JsonNode register(String body) throws Exception {
        HttpResponse<String> r = admin.send(HttpRequest.newBuilder(url("/api/v1/admin/api-clients"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json.readTree(r.body());
    }

    JsonNode register(String name, String... scopes) throws Exception {
        return register(json.writeValueAsString(Map.of("name", name, "scopes", List.of(scopes))));
    }

    HttpResponse<String> tokenRequest(String clientId, String secret, String scope, String forwardedFor) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("grant_type", "client_credentials");
        if (scope != null) {
            fields.put("scope", scope);
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(url("/oauth2/token")).header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded").POST(form(fields));
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return plain.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    String token(JsonNode client, String scope) throws Exception {
        HttpResponse<String> r = tokenRequest(client.get("clientId").asText(), client.get("clientSecret").asText(), scope, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return json.readTree(r.body()).get("access_token").asText();
    }

    HttpResponse<String> call(String method, String path, String token, String body) throws Exception {
        return call(method, path, token, body, null);
    }

    HttpResponse<String> call(String method, String path, String token, String body, String forwardedFor) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(url(path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            b.header("Content-Type", "application/json");
        }
        if (forwardedFor != null) {
            b.header("X-Forwarded-For", forwardedFor);
        }
        return plain.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    long clients() {
        return jdbc.sql("SELECT count(*) FROM api_client").query(Long.class).single();
    }

    @Test
    void aRegisteredClientGetsATokenAndReadsItsOwnOrganisationsPeopleWithoutASession(CapturedOutput log) throws Exception {
        JsonNode client = register("Record system", "system/Patient.read", "system/QuestionnaireResponse.write");
        String clientId = client.get("clientId").asText();
        String secret = client.get("clientSecret").asText();
        String hash = jdbc.sql("SELECT secret_hash FROM api_client WHERE client_id = :c").param("c", clientId).query(String.class).single();
        assertThat(hash).as("stored hashed").startsWith("{bcrypt}").doesNotContain(secret);

        HttpResponse<String> issued = tokenRequest(clientId, secret, null, null);
        assertThat(issued.statusCode()).isEqualTo(200);
        JsonNode t = json.readTree(issued.body());
        assertThat(t.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(t.get("expires_in").asLong()).isBetween(250L, 300L);
        assertThat(t.get("scope").asText().split(" ")).containsExactlyInAnyOrder("system/Patient.read",
                "system/QuestionnaireResponse.write");
        assertThat(log.getOut()).contains("Token issued to API client " + clientId).doesNotContain(secret)
                .doesNotContain(t.get("access_token").asText());

        HttpResponse<String> people = call("GET", "/api/v1/people?size=200", t.get("access_token").asText(), null);
        assertThat(people.statusCode()).as(people.body()).isEqualTo(200);
        assertThat(people.headers().allValues("Set-Cookie")).as("no session, no cookie").isEmpty();
        JsonNode items = json.readTree(people.body()).get("items");
        assertThat(items.size()).as("the demo organisation has people").isGreaterThan(0);
        long ours = jdbc.sql("SELECT count(*) FROM person WHERE organisation_id = :o").param("o", organisation).query(Long.class).single();
        assertThat(json.readTree(people.body()).get("total").asLong()).isEqualTo(ours);
        for (JsonNode item : items) {
            UUID org = jdbc.sql("SELECT organisation_id FROM person WHERE id = :p").param("p", UUID.fromString(item.get("id").asText()))
                    .query(UUID.class).single();
            assertThat(org).isEqualTo(organisation);
        }
        UUID alex = DemoUsers.personId(jdbc, "alex");
        assertThat(call("GET", "/api/v1/people/" + alex, t.get("access_token").asText(), null).statusCode()).isEqualTo(200);
        UUID otherOrganisation = jdbc.sql("SELECT id FROM organisation WHERE id <> :o LIMIT 1").param("o", organisation).query(UUID.class)
                .single();
        UUID elsewhere = UUID.randomUUID();
        jdbc.sql("INSERT INTO person (id, organisation_id, given_name, family_name) VALUES (:id, :o, 'Elsewhere', 'Person')")
                .param("id", elsewhere).param("o", otherOrganisation).update();
        assertThat(call("GET", "/api/v1/people/" + elsewhere, t.get("access_token").asText(), null).statusCode())
                .as("another organisation's person, as for everyone else").isEqualTo(404);
        assertThat(call("GET", "/api/v1/people/" + UUID.randomUUID(), t.get("access_token").asText(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void aWriteScopeStoresAResponseWithoutACsrfTokenAuditedUnderTheClientsName() throws Exception {
        JsonNode client = register("Outcomes feed", "system/QuestionnaireResponse.write");
        String token = token(client, "system/QuestionnaireResponse.write");
        UUID alex = DemoUsers.personId(jdbc, "alex");
        HttpResponse<String> stored = call("POST", "/api/v1/people/" + alex + "/responses", token,
                "{\"instrument\":\"CHIME_CHECKIN\",\"answers\":{\"1\":5}}");
        assertThat(stored.statusCode()).as(stored.body()).isEqualTo(201);
        assertThat(stored.headers().allValues("Set-Cookie")).isEmpty();
        String id = json.readTree(stored.body()).get("id").asText();
        Map<String, Object> audit = jdbc.sql("SELECT actor, actor_role, action FROM audit_entry WHERE object_id = :id").param("id", id)
                .query().singleRow();
        assertThat(audit).containsEntry("actor", "API client Outcomes feed").containsEntry("actor_role", "API_CLIENT")
                .containsEntry("action", "CREATE");

        // the same token may not read: that scope was not granted
        HttpResponse<String> read = call("GET", "/api/v1/people/" + alex + "/responses", token, null);
        assertThat(read.statusCode()).isEqualTo(403);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(c -> assertThat(c).contains("problem+json"));
        assertThat(call("GET", "/api/v1/people", token, null).statusCode()).isEqualTo(403);
        // never administration, whatever the scopes
        assertThat(call("POST", "/api/v1/admin/api-clients", token, "{\"name\":\"x\",\"scopes\":[\"system/Patient.read\"]}").statusCode())
                .isEqualTo(403);
        assertThat(call("GET", "/api/v1/me", token, null).statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownClientOrAWrongSecretIs401AndCreatesNothing(CapturedOutput log) throws Exception {
        JsonNode client = register("Pharmacy", "system/Patient.read");
        long before = clients();
        HttpResponse<String> unknown = tokenRequest("tandem-nosuchclient", "whatever-secret", null, null);
        assertThat(unknown.statusCode()).isEqualTo(401);
        assertThat(json.readTree(unknown.body()).get("error").asText()).isEqualTo("invalid_client");
        HttpResponse<String> wrong = tokenRequest(client.get("clientId").asText(), "not-the-secret", null, null);
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo(unknown.body()).as("the same answer either way");
        assertThat(clients()).isEqualTo(before);
        assertThat(log.getOut()).contains("Token request refused for an unknown client from 127.0.0.1")
                .contains("Token request refused for API client " + client.get("clientId").asText())
                .doesNotContain("not-the-secret").doesNotContain("tandem-nosuchclient");
    }

    @Test
    void askingForAScopeTheClientLacksIsInvalidScope() throws Exception {
        JsonNode client = register("Scheduler", "system/Patient.read");
        HttpResponse<String> r = tokenRequest(client.get("clientId").asText(), client.get("clientSecret").asText(),
                "system/Patient.read system/Observation.write", null);
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json.readTree(r.body()).get("error").asText()).isEqualTo("invalid_scope");
    }

    @Test
    void aMissingExpiredOrTamperedTokenIs401() throws Exception {
        JsonNode client = register("Lab results", "system/Patient.read");
        String token = token(client, null);
        HttpResponse<String> none = plain.send(HttpRequest.newBuilder(url("/api/v1/people")).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8).replace("system/Patient.read",
                "system/Patient.write");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
        HttpResponse<String> bad = call("GET", "/api/v1/people", tampered, null);
        assertThat(bad.statusCode()).isEqualTo(401);
        assertThat(bad.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
        assertThat(call("GET", "/api/v1/people", "not-a-jwt", null).statusCode()).isEqualTo(401);

        // signed with Tandem's own key, but expired two minutes ago (past the minute of allowed clock skew)
        String kid = jdbc.sql("SELECT kid FROM token_signing_key WHERE active").query(String.class).single();
        String pkcs8 = jdbc.sql("SELECT private_key FROM token_signing_key WHERE active").query(String.class).single();
        RSAPrivateKey key = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pkcs8)));
        int version = jdbc.sql("SELECT credentials_version FROM api_client WHERE client_id = :c").param("c", client.get("clientId").asText())
                .query(Integer.class).single();
        Instant now = Instant.now();
        SignedJWT expired = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), new JWTClaimsSet.Builder()
                .issuer("https://tandem.test").subject(client.get("clientId").asText()).claim("scope", List.of("system/Patient.read"))
                .claim("tandem_cv", version).issueTime(Date.from(now.minus(Duration.ofMinutes(10))))
                .notBeforeTime(Date.from(now.minus(Duration.ofMinutes(10)))).expirationTime(Date.from(now.minus(Duration.ofMinutes(2)))).build());
        expired.sign(new RSASSASigner(key));
        assertThat(call("GET", "/api/v1/people", expired.serialize(), null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/people", token, null).statusCode()).as("the real token still works").isEqualTo(200);
    }

    @Test
    void disablingAClientEndsItsLiveTokenAtOnce() throws Exception {
        JsonNode client = register("Old system", "system/Patient.read");
        String clientId = client.get("clientId").asText();
        String token = token(client, null);
        assertThat(call("GET", "/api/v1/people", token, null).statusCode()).isEqualTo(200);
        HttpResponse<Void> disabled = admin.send(HttpRequest.newBuilder(url("/admin/api-clients/" + clientId + "/disable"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(form(Map.of("_csrf", xsrf()))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(call("GET", "/api/v1/people", token, null).statusCode()).isEqualTo(401);
        assertThat(tokenRequest(clientId, client.get("clientSecret").asText(), null, null).statusCode()).isEqualTo(401);
        admin.send(HttpRequest.newBuilder(url("/admin/api-clients/" + clientId + "/enable"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(form(Map.of("_csrf", xsrf()))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(call("GET", "/api/v1/people", token, null).statusCode()).as("enabling again does not revive old tokens").isEqualTo(401);
        assertThat(call("GET", "/api/v1/people", token(client, null), null).statusCode()).isEqualTo(200);
    }

    @Test
    void aRotatedSecretEndsTheOldSecretAndItsTokens() throws Exception {
        JsonNode client = register("Rotating system", "system/Patient.read");
        String clientId = client.get("clientId").asText();
        String token = token(client, null);
        HttpResponse<String> page = admin.send(HttpRequest.newBuilder(url("/admin/api-clients/" + clientId + "/rotate"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(form(Map.of("_csrf", xsrf()))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("Client secret</dt><dd><code>([A-Za-z0-9_-]+)</code>").matcher(page.body());
        assertThat(m.find()).as("the new secret is shown").isTrue();
        String newSecret = m.group(1);
        assertThat(newSecret).isNotEqualTo(client.get("clientSecret").asText());
        assertThat(tokenRequest(clientId, client.get("clientSecret").asText(), null, null).statusCode()).isEqualTo(401);
        assertThat(call("GET", "/api/v1/people", token, null).statusCode()).isEqualTo(401);
        HttpResponse<String> fresh = tokenRequest(clientId, newSecret, null, null);
        assertThat(fresh.statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/people", json.readTree(fresh.body()).get("access_token").asText(), null).statusCode()).isEqualTo(200);
    }

    @Test
    void theAddressListIsCheckedAtTheTokenEndpointAndOnEachRequest(CapturedOutput log) throws Exception {
        JsonNode client = register("{\"name\":\"Fixed address\",\"scopes\":[\"system/Patient.read\"],\"allowedAddresses\":[\"127.0.0.1\",\"10.20.0.0/16\"]}");
        String clientId = client.get("clientId").asText();
        String secret = client.get("clientSecret").asText();
        assertThat(tokenRequest(clientId, secret, null, "203.0.113.9").statusCode()).isEqualTo(401);
        HttpResponse<String> ok = tokenRequest(clientId, secret, null, "10.20.3.4");
        assertThat(ok.statusCode()).isEqualTo(200);
        String token = json.readTree(ok.body()).get("access_token").asText();
        assertThat(call("GET", "/api/v1/people", token, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/people", token, null, "203.0.113.9").statusCode()).isEqualTo(401);
        assertThat(log.getOut()).contains("Bearer token refused for API client " + clientId + " from 203.0.113.9: address not on the client's list");

        HttpResponse<String> bad = admin.send(HttpRequest.newBuilder(url("/api/v1/admin/api-clients"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"name\":\"Bad\",\"scopes\":[\"system/Patient.read\",\"system/*.*\"],\"allowedAddresses\":[\"example.org\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("allowedAddresses").contains("scopes");
        assertThat(jdbc.sql("SELECT count(*) FROM api_client WHERE name = 'Bad'").query(Long.class).single()).isZero();

        long before = clients();
        HttpResponse<String> again = admin.send(HttpRequest.newBuilder(url("/api/v1/admin/api-clients"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("X-XSRF-TOKEN", xsrf())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"fixed ADDRESS\",\"scopes\":[\"system/Patient.read\"]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(again.statusCode()).as("the same name in the organisation").isEqualTo(409);
        assertThat(clients()).isEqualTo(before);
    }

    String external(String clientId, String scope, String audience) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(EXTERNAL_KEY.getKeyID()).type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().issuer(EXTERNAL_ISSUER).subject("service-account-42").audience(audience).claim("azp", clientId)
                        .claim("scope", scope).issueTime(Date.from(now)).expirationTime(Date.from(now.plus(Duration.ofMinutes(5)))).build());
        jwt.sign(new RSASSASigner(EXTERNAL_KEY));
        return jwt.serialize();
    }

    @Test
    void anExternalIssuersTokenWorksForARegisteredClientWithOnlyTheScopesBothAllow() throws Exception {
        JsonNode client = register("Regional hub", "system/Patient.read");
        String clientId = client.get("clientId").asText();
        String token = external(clientId, "system/Patient.read system/QuestionnaireResponse.write", "tandem");
        HttpResponse<String> people = call("GET", "/api/v1/people", token, null);
        assertThat(people.statusCode()).as(people.body()).isEqualTo(200);
        assertThat(people.headers().allValues("Set-Cookie")).isEmpty();
        UUID alex = DemoUsers.personId(jdbc, "alex");
        assertThat(call("POST", "/api/v1/people/" + alex + "/responses", token, "{\"instrument\":\"CHIME_CHECKIN\",\"answers\":{\"1\":5}}")
                .statusCode()).as("the client was not given the write scope").isEqualTo(403);
        assertThat(call("GET", "/api/v1/people", external("tandem-unknownclient", "system/Patient.read", "tandem"), null).statusCode())
                .isEqualTo(401);
        assertThat(call("GET", "/api/v1/people", external(clientId, "system/Patient.read", "someone-else"), null).statusCode())
                .as("wrong audience").isEqualTo(401);
    }

    @Test
    void theAdministratorsPagesRegisterAndNameWhatIsWrong() throws Exception {
        HttpResponse<String> list = admin.send(HttpRequest.newBuilder(url("/admin/api-clients")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        long before = clients();
        HttpResponse<String> empty = admin.send(HttpRequest.newBuilder(url("/admin/api-clients"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(form(Map.of("_csrf", xsrf(), "name", "", "allowedAddresses", "not an address"))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(empty.statusCode()).isEqualTo(200);
        assertThat(empty.body()).contains("Enter a name for the system").contains("Choose at least one scope");
        assertThat(clients()).isEqualTo(before);
        HttpResponse<String> done = admin.send(HttpRequest.newBuilder(url("/admin/api-clients"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + xsrf() + "&name=Page+client&scopes=system%2FPatient.read")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(done.statusCode()).isEqualTo(200);
        assertThat(done.body()).contains("It is shown only this once");
        assertThat(clients()).isEqualTo(before + 1);
    }

    @Test
    void aTokenWithEveryScopeReachesOnlyTheRoutesOpenToTokens() throws Exception {
        JsonNode client = register("Every scope", ApiClients.SCOPES.toArray(String[]::new));
        String token = token(client, null);
        List<String> wrong = new java.util.ArrayList<>();
        java.util.Set<String> checked = new java.util.TreeSet<>();
        for (var e : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : e.getKey().getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/fhir")) {
                    continue;
                }
                for (var method : e.getKey().getMethodsCondition().getMethods()) {
                    String path = pattern.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
                    int status = call(method.name(), path, token, method.name().equals("GET") ? null : "{}").statusCode();
                    boolean open = OPEN_TO_TOKENS.contains(method.name() + " " + pattern);
                    checked.add(method.name() + " " + pattern);
                    if (open ? status == 401 || status == 403 : status != 403) {
                        wrong.add(method.name() + " " + pattern + ": " + status);
                    }
                }
            }
        }
        assertThat(checked).as("every open route exists").containsAll(OPEN_TO_TOKENS).hasSizeGreaterThan(OPEN_TO_TOKENS.size() + 20);
        assertThat(wrong).isEmpty();
    }
}
