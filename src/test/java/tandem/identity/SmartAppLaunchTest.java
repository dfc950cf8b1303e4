package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTParser;

import tandem.people.PeopleAdministration;
import tandem.support.DemoUsers;
import tandem.support.PersonFixture;

/**
 * SMART App Launch (standalone) over real HTTP: discovery, a person and a worker signing in through Tandem's own
 * sign-in page, the consent page, the code with PKCE, tokens limited to the person's own record or to what the
 * worker may see, refresh tokens, and their end with the account's sessions; and each kind of bad request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false", "tandem.tokens.issuer=https://tandem.test"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class SmartAppLaunchTest {

    static final String REDIRECT = "https://app.example.test/callback";
    static final String PATIENT_SCOPES = "openid fhirUser launch/patient offline_access patient/Patient.read patient/QuestionnaireResponse.read";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleAdministration people;

    @Autowired
    Accounts accounts;

    final ObjectMapper json = new ObjectMapper();
    final HttpClient plain = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final SecureRandom random = new SecureRandom();
    Browser admin;
    JsonNode publicApp;
    JsonNode confidentialApp;

    /** A browser: cookies kept, redirects followed by hand. */
    final class Browser {
        final CookieManager cookies = new CookieManager();
        final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String pathOrUrl) throws Exception {
            return http.send(HttpRequest.newBuilder(absolute(pathOrUrl)).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, Map<String, List<String>> fields) throws Exception {
            return http.send(HttpRequest.newBuilder(absolute(path)).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(encode(fields))).build(), HttpResponse.BodyHandlers.ofString());
        }

        String xsrf() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                    .findFirst().orElseThrow();
        }

        /** Signs in at the form; returns where the form sends them next. */
        String signIn(String username, String password) throws Exception {
            get("/login");
            HttpResponse<String> r = post("/login", Map.of("username", List.of(username), "password", List.of(password), "_csrf", List.of(xsrf())));
            String location = r.headers().firstValue("Location").orElseThrow();
            assertThat(location).as("signed in").doesNotContain("error");
            return location;
        }
    }

    @BeforeAll
    void registerApps() throws Exception {
        admin = new Browser();
        admin.signIn("admin", DemoUsers.PASSWORD);
        admin.get("/account/sessions");
        publicApp = register("{\"name\":\"Recovery diary\",\"publicClient\":true,\"redirectUris\":[\"" + REDIRECT + "\"],"
                + "\"scopes\":[\"openid\",\"fhirUser\",\"launch/patient\",\"offline_access\",\"patient/Patient.read\","
                + "\"patient/QuestionnaireResponse.read\",\"user/Patient.read\"]}", 201);
        confidentialApp = register("{\"name\":\"Caseload helper\",\"publicClient\":false,\"redirectUris\":[\"" + REDIRECT + "\"],"
                + "\"scopes\":[\"openid\",\"fhirUser\",\"offline_access\",\"user/Patient.read\",\"patient/Patient.read\",\"launch/patient\"]}", 201);
    }

    JsonNode register(String body, int expected) throws Exception {
        HttpResponse<String> r = admin.http.send(HttpRequest.newBuilder(absolute("/api/v1/admin/smart-apps"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("X-XSRF-TOKEN", admin.xsrf())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
        return json.readTree(r.body());
    }

    URI absolute(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl : "http://127.0.0.1:" + port + pathOrUrl);
    }

    static String encode(Map<String, List<String>> fields) {
        StringBuilder b = new StringBuilder();
        fields.forEach((k, vs) -> vs.forEach(v -> b.append(b.isEmpty() ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8))));
        return b.toString();
    }

    static Map<String, String> query(String url) {
        Map<String, String> out = new LinkedHashMap<>();
        String q = URI.create(url).getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                out.put(URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8),
                        eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    String verifier() {
        byte[] b = new byte[32];
        random.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    static String challenge(String verifier) throws Exception {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
    }

    String authorizeUrl(String clientId, String scope, String state, String verifier, String redirect) throws Exception {
        Map<String, List<String>> q = new LinkedHashMap<>();
        q.put("response_type", List.of("code"));
        q.put("client_id", List.of(clientId));
        q.put("redirect_uri", List.of(redirect));
        q.put("scope", List.of(scope));
        q.put("state", List.of(state));
        if (verifier != null) {
            q.put("code_challenge", List.of(challenge(verifier)));
            q.put("code_challenge_method", List.of("S256"));
        }
        q.put("aud", List.of("https://tandem.test/fhir"));
        return "/oauth2/authorize?" + encode(q);
    }

    /** The consent page the authorization endpoint sent the browser to. */
    HttpResponse<String> consentPage(Browser b, HttpResponse<String> authorize) throws Exception {
        String location = authorize.headers().firstValue("Location").orElseThrow(() -> new AssertionError(authorize.statusCode() + " " + authorize.body()));
        assertThat(location).contains("/oauth2/consent");
        HttpResponse<String> page = b.get(location);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        return page;
    }

    static String field(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) : null;
    }

    static List<String> fields(String html, String name) {
        Matcher m = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(html);
        List<String> out = new ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Approves everything the consent page offers; returns the redirect back to the app. */
    Map<String, String> approve(Browser b, HttpResponse<String> page, String clientId) throws Exception {
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("client_id", List.of(clientId));
        form.put("state", List.of(field(page.body(), "state")));
        form.put("scope", fields(page.body(), "scope"));
        HttpResponse<String> r = b.post("/oauth2/authorize", form);
        String location = r.headers().firstValue("Location").orElseThrow(() -> new AssertionError(r.statusCode() + " " + r.body()));
        assertThat(location).startsWith(REDIRECT);
        return query(location);
    }

    HttpResponse<String> tokenRequest(JsonNode app, Map<String, String> fields) throws Exception {
        Map<String, List<String>> form = new LinkedHashMap<>();
        fields.forEach((k, v) -> form.put(k, List.of(v)));
        HttpRequest.Builder b = HttpRequest.newBuilder(absolute("/oauth2/token")).header("Content-Type", "application/x-www-form-urlencoded");
        if (app.hasNonNull("clientSecret")) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (app.get("clientId").asText() + ":" + app.get("clientSecret").asText()).getBytes(StandardCharsets.UTF_8)));
        } else {
            form.put("client_id", List.of(app.get("clientId").asText()));
        }
        return plain.send(b.POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> exchange(JsonNode app, String code, String verifier) throws Exception {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("grant_type", "authorization_code");
        f.put("code", code);
        f.put("redirect_uri", REDIRECT);
        if (verifier != null) {
            f.put("code_verifier", verifier);
        }
        return tokenRequest(app, f);
    }

    HttpResponse<String> call(String path, String token) throws Exception {
        return plain.send(HttpRequest.newBuilder(absolute(path)).header("Authorization", "Bearer " + token).header("Accept", "application/json")
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in (sent to the sign-in page by the authorization endpoint first), approves, and exchanges the code. */
    JsonNode launch(Browser b, String username, String password, JsonNode app, String scope) throws Exception {
        String verifier = verifier();
        String state = "s-" + UUID.randomUUID();
        String authorize = authorizeUrl(app.get("clientId").asText(), scope, state, verifier, REDIRECT);
        HttpResponse<String> first = b.get(authorize);
        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location").orElseThrow()).as("to Tandem's own sign-in page").endsWith("/login");
        String back = b.signIn(username, password);
        assertThat(back).as("back to the authorization request").contains("/oauth2/authorize");
        HttpResponse<String> again = b.get(back);
        HttpResponse<String> page = consentPage(b, again);
        Map<String, String> answer = approve(b, page, app.get("clientId").asText());
        assertThat(answer.get("state")).isEqualTo(state);
        HttpResponse<String> tokens = exchange(app, answer.get("code"), verifier);
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return json.readTree(tokens.body());
    }

    @Test
    void theDiscoveryDocumentIsPublic() throws Exception {
        HttpResponse<String> r = plain.send(HttpRequest.newBuilder(absolute("/.well-known/smart-configuration")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode d = json.readTree(r.body());
        assertThat(d.get("issuer").asText()).isEqualTo("https://tandem.test");
        assertThat(d.get("authorization_endpoint").asText()).isEqualTo("https://tandem.test/oauth2/authorize");
        assertThat(d.get("token_endpoint").asText()).isEqualTo("https://tandem.test/oauth2/token");
        assertThat(d.get("jwks_uri").asText()).isEqualTo("https://tandem.test/oauth2/jwks");
        assertThat(d.get("code_challenge_methods_supported").toString()).isEqualTo("[\"S256\"]");
        assertThat(d.get("capabilities").toString()).contains("launch-standalone", "client-public", "context-standalone-patient",
                "permission-patient", "permission-user", "permission-offline", "sso-openid-connect");
        assertThat(d.get("scopes_supported").toString()).contains("patient/Patient.read", "user/Patient.read", "launch/patient");
    }

    @Test
    void aPersonLetsAnAppInAndItReadsTheirOwnRecordOnly(CapturedOutput log) throws Exception {
        Browser alex = new Browser();
        JsonNode t = launch(alex, "alex", DemoUsers.PASSWORD, publicApp, PATIENT_SCOPES);
        UUID alexId = DemoUsers.personId(jdbc, "alex");
        assertThat(t.get("patient").asText()).isEqualTo(alexId.toString());
        assertThat(t.get("scope").asText().split(" ")).contains("patient/Patient.read", "launch/patient", "openid", "fhirUser");
        assertThat(t.hasNonNull("refresh_token")).as("a public app gets no refresh token").isFalse();
        assertThat(t.has("id_token")).as("an ID token").isTrue();
        var id = JWTParser.parse(t.get("id_token").asText()).getJWTClaimsSet();
        assertThat(id.getStringClaim("fhirUser")).endsWith("/fhir/Patient/" + alexId);
        String token = t.get("access_token").asText();

        HttpResponse<String> own = call("/api/v1/people/" + alexId, token);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
        assertThat(own.headers().allValues("Set-Cookie")).isEmpty();
        UUID jo = DemoUsers.personId(jdbc, "jo");
        assertThat(call("/api/v1/people/" + jo, token).statusCode()).as("someone else's record").isIn(403, 404);
        assertThat(call("/api/v1/people", token).statusCode()).as("no list of people for a person's token").isEqualTo(403);
        assertThat(call("/api/v1/people/" + alexId + "/observations", token).statusCode()).as("a scope not granted").isEqualTo(403);
        assertThat(call("/api/v1/people/" + alexId + "/access-log", token).statusCode()).as("a route not open to tokens").isEqualTo(403);
        assertThat(log.getOut()).contains("Authorization code issued to app " + publicApp.get("clientId").asText())
                .contains("Token issued to app " + publicApp.get("clientId").asText()).doesNotContain(token);
    }

    @Test
    void aPersonAskingForUserScopesDoesNotGetThem() throws Exception {
        Browser jo = new Browser();
        JsonNode t = launch(jo, "jo", DemoUsers.PASSWORD, publicApp, "openid user/Patient.read patient/Patient.read");
        assertThat(t.get("scope").asText().split(" ")).contains("patient/Patient.read").doesNotContain("user/Patient.read");
        assertThat(call("/api/v1/people", t.get("access_token").asText()).statusCode()).isEqualTo(403);
    }

    @Test
    void aWorkersTokenSeesExactlyThePeopleTheWorkerMaySee() throws Exception {
        Browser sam = new Browser();
        JsonNode t = launch(sam, "sam", DemoUsers.PASSWORD, confidentialApp, "openid fhirUser offline_access user/Patient.read patient/Patient.read");
        assertThat(t.get("scope").asText().split(" ")).contains("user/Patient.read").doesNotContain("patient/Patient.read");
        assertThat(t.has("patient")).isFalse();
        var id = JWTParser.parse(t.get("id_token").asText()).getJWTClaimsSet();
        assertThat(id.getStringClaim("fhirUser")).endsWith("/fhir/Practitioner/" + DemoUsers.staffId(jdbc, "sam"));
        String token = t.get("access_token").asText();

        HttpResponse<String> viaToken = call("/api/v1/people?size=200", token);
        assertThat(viaToken.statusCode()).as(viaToken.body()).isEqualTo(200);
        HttpResponse<String> viaSession = sam.get("/api/v1/people?size=200");
        assertThat(viaSession.statusCode()).isEqualTo(200);
        Set<String> seen = ids(viaToken.body());
        assertThat(seen).isNotEmpty().isEqualTo(ids(viaSession.body()));
        UUID notTheirs = jdbc.sql("SELECT id FROM person WHERE NOT (id::text = ANY(:seen)) ORDER BY id LIMIT 1")
                .param("seen", seen.toArray(String[]::new)).query(UUID.class).single();
        assertThat(call("/api/v1/people/" + notTheirs, token).statusCode()).as("not on the worker's caseload").isEqualTo(404);

        // refresh works, and gives a new refresh token
        HttpResponse<String> refreshed = tokenRequest(confidentialApp, Map.of("grant_type", "refresh_token",
                "refresh_token", t.get("refresh_token").asText()));
        assertThat(refreshed.statusCode()).as(refreshed.body()).isEqualTo(200);
        JsonNode r = json.readTree(refreshed.body());
        assertThat(call("/api/v1/people/" + seen.iterator().next(), r.get("access_token").asText()).statusCode()).isEqualTo(200);

        // signing out everywhere ends the app's refresh and access tokens at once
        HttpResponse<String> sessions = sam.get("/account/sessions");
        assertThat(sessions.statusCode()).isEqualTo(200);
        assertThat(sessions.body()).contains("Caseload helper");
        sam.post("/account/sessions/end-others", Map.of("_csrf", List.of(sam.xsrf())));
        assertThat(call("/api/v1/people?size=200", r.get("access_token").asText()).statusCode()).isEqualTo(401);
        HttpResponse<String> again = tokenRequest(confidentialApp, Map.of("grant_type", "refresh_token",
                "refresh_token", r.get("refresh_token").asText()));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(json.readTree(again.body()).get("error").asText()).isEqualTo("invalid_grant");
    }

    Set<String> ids(String body) throws Exception {
        Set<String> out = new HashSet<>();
        json.readTree(body).get("items").forEach(i -> out.add(i.get("id").asText()));
        return out;
    }

    @Test
    void disablingTheAccountEndsItsAppTokensAtOnce() throws Exception {
        String username = newPerson("Casey");
        Browser casey = new Browser();
        JsonNode t = launch(casey, username, PASSPHRASE, confidentialApp, "openid launch/patient offline_access patient/Patient.read");
        String patient = t.get("patient").asText();
        assertThat(call("/api/v1/people/" + patient, t.get("access_token").asText()).statusCode()).isEqualTo(200);
        accounts.setEnabled(accounts.byUsername(username).orElseThrow().id(), false);
        assertThat(call("/api/v1/people/" + patient, t.get("access_token").asText()).statusCode()).isEqualTo(401);
        HttpResponse<String> refresh = tokenRequest(confidentialApp, Map.of("grant_type", "refresh_token", "refresh_token",
                t.get("refresh_token").asText()));
        assertThat(refresh.statusCode()).isEqualTo(400);
    }

    @Test
    void aCodeNeedsItsVerifierAndWorksOnce() throws Exception {
        Browser jo = new Browser();
        jo.signIn(newPerson("Dana"), PASSPHRASE);
        String clientId = publicApp.get("clientId").asText();
        // no PKCE at all: refused, sent back to the app
        HttpResponse<String> noPkce = jo.get(authorizeUrl(clientId, "patient/Patient.read", "x1", null, REDIRECT));
        assertThat(query(noPkce.headers().firstValue("Location").orElseThrow()).get("error")).isEqualTo("invalid_request");

        String verifier = verifier();
        HttpResponse<String> page = consentPage(jo, jo.get(authorizeUrl(clientId, "patient/Patient.read", "x2", verifier, REDIRECT)));
        assertThat(page.body()).contains("Recovery diary wants to use your Tandem account", "It will not be able to",
                "see your name, date of birth");
        assertThat(page.headers().allValues("Content-Security-Policy")).as("the answer may go back to the app's own address")
                .singleElement().asString().contains("form-action 'self' https://app.example.test;");
        String code = approve(jo, page, clientId).get("code");
        HttpResponse<String> wrong = exchange(publicApp, code, verifier());
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json.readTree(wrong.body()).get("error").asText()).isEqualTo("invalid_grant");

        String verifier2 = verifier();
        String code2 = codeFor(jo, clientId, verifier2);
        HttpResponse<String> missing = exchange(publicApp, code2, null);
        assertThat(missing.statusCode()).isIn(400, 401);
        assertThat(exchange(publicApp, code2, verifier2).statusCode()).as("a code is not spent by a failed try").isIn(200, 400);

        String verifier3 = verifier();
        String code3 = codeFor(jo, clientId, verifier3);
        assertThat(exchange(publicApp, code3, verifier3).statusCode()).isEqualTo(200);
        HttpResponse<String> replay = exchange(publicApp, code3, verifier3);
        assertThat(replay.statusCode()).isEqualTo(400);
        assertThat(json.readTree(replay.body()).get("error").asText()).isEqualTo("invalid_grant");
    }

    /** A code: through the consent page, or at once when everything asked for was agreed to before. */
    String codeFor(Browser b, String clientId, String verifier) throws Exception {
        HttpResponse<String> r = b.get(authorizeUrl(clientId, "patient/Patient.read patient/QuestionnaireResponse.read", "s" + random.nextInt(1000),
                verifier, REDIRECT));
        String location = r.headers().firstValue("Location").orElseThrow();
        return location.startsWith(REDIRECT) ? query(location).get("code") : approve(b, consentPage(b, r), clientId).get("code");
    }

    static final String PASSPHRASE = "a-long-enough-passphrase-9";

    /** A person of the demo organisation with an account of their own, made for one test. */
    String newPerson(String given) {
        String username = given.toLowerCase(java.util.Locale.ROOT) + random.nextInt(1_000_000);
        PersonFixture.withAccount(jdbc, people, given, "Smart", "", username, PASSPHRASE);
        return username;
    }

    @Test
    void badRequestsAreRefusedWithoutRedirectingAnywhereUnregistered(CapturedOutput log) throws Exception {
        Browser alex = new Browser();
        alex.signIn("alex", DemoUsers.PASSWORD);
        String clientId = publicApp.get("clientId").asText();
        HttpResponse<String> unknown = alex.get(authorizeUrl("tandem-app-nobody", "patient/Patient.read", "u1", verifier(), REDIRECT));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.headers().firstValue("Location")).isEmpty();
        HttpResponse<String> elsewhere = alex.get(authorizeUrl(clientId, "patient/Patient.read", "u2", verifier(), "https://evil.example.test/cb"));
        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.headers().firstValue("Location")).isEmpty();
        HttpResponse<String> notAllowed = alex.get(authorizeUrl(clientId, "patient/Observation.read", "u3", verifier(), REDIRECT));
        Map<String, String> q = query(notAllowed.headers().firstValue("Location").orElseThrow());
        assertThat(q.get("error")).isEqualTo("invalid_scope");
        assertThat(q).doesNotContainKey("code");
        assertThat(log.getOut()).contains("Authorization refused for app");

        // saying no: access_denied, no code
        HttpResponse<String> page = consentPage(alex, alex.get(authorizeUrl(clientId, "patient/QuestionnaireResponse.read", "u4", verifier(), REDIRECT)));
        HttpResponse<String> no = alex.post("/oauth2/authorize", Map.of("client_id", List.of(clientId), "state", List.of(field(page.body(), "state"))));
        Map<String, String> denied = query(no.headers().firstValue("Location").orElseThrow());
        assertThat(denied.get("error")).isEqualTo("access_denied");
        assertThat(denied).doesNotContainKey("code");

        // a wrong secret for a confidential app; an unknown client at the token endpoint
        HttpResponse<String> wrongSecret = plain.send(HttpRequest.newBuilder(absolute("/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((confidentialApp.get("clientId").asText() + ":nope")
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code=abc&redirect_uri=" + REDIRECT)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(tokenRequest(json.readTree("{\"clientId\":\"tandem-app-nobody\"}"), Map.of("grant_type", "authorization_code", "code", "abc",
                "redirect_uri", REDIRECT, "code_verifier", verifier())).statusCode()).isEqualTo(401);

        // an app's registration is checked: nothing stored when refused
        long before = jdbc.sql("SELECT count(*) FROM api_client").query(Long.class).single();
        JsonNode http = register("{\"name\":\"Bad\",\"redirectUris\":[\"http://app.example.test/cb\"],\"scopes\":[\"patient/Patient.read\"]}", 400);
        assertThat(http.toString()).contains("redirectUris");
        JsonNode system = register("{\"name\":\"Bad\",\"redirectUris\":[\"" + REDIRECT + "\"],\"scopes\":[\"system/Patient.read\"]}", 400);
        assertThat(system.toString()).contains("scopes");
        assertThat(jdbc.sql("SELECT count(*) FROM api_client").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aPersonStopsAnAppAndAnAdministratorDisablesOne() throws Exception {
        JsonNode diary = register("{\"name\":\"Mood diary " + random.nextInt(1000) + "\",\"publicClient\":true,\"redirectUris\":[\"" + REDIRECT
                + "\"],\"scopes\":[\"launch/patient\",\"patient/Patient.read\"]}", 201);
        Browser erin = new Browser();
        String username = newPerson("Erin");
        JsonNode t = launch(erin, username, PASSPHRASE, diary, "launch/patient patient/Patient.read");
        String patient = t.get("patient").asText();
        assertThat(call("/api/v1/people/" + patient, t.get("access_token").asText()).statusCode()).isEqualTo(200);
        HttpResponse<String> sessions = erin.get("/account/sessions");
        assertThat(sessions.body()).contains("Apps you let in", "Mood diary", "Stop this app");
        HttpResponse<String> stop = erin.post("/account/apps/" + diary.get("clientId").asText() + "/stop", Map.of("_csrf", List.of(erin.xsrf())));
        assertThat(stop.statusCode()).isEqualTo(302);
        assertThat(call("/api/v1/people/" + patient, t.get("access_token").asText()).statusCode()).as("stopped at once").isEqualTo(401);
        assertThat(erin.get("/account/sessions").body()).contains("You have not let any app use your account.");

        // let in again, then the administrator disables the app: its tokens end
        String verifier = verifier();
        HttpResponse<String> page = consentPage(erin, erin.get(authorizeUrl(diary.get("clientId").asText(), "launch/patient patient/Patient.read",
                "again", verifier, REDIRECT)));
        String code = approve(erin, page, diary.get("clientId").asText()).get("code");
        String token = json.readTree(exchange(diary, code, verifier).body()).get("access_token").asText();
        assertThat(call("/api/v1/people/" + patient, token).statusCode()).isEqualTo(200);
        HttpResponse<String> disabled = admin.post("/admin/api-clients/" + diary.get("clientId").asText() + "/disable",
                Map.of("_csrf", List.of(admin.xsrf())));
        assertThat(disabled.statusCode()).isEqualTo(302);
        assertThat(call("/api/v1/people/" + patient, token).statusCode()).isEqualTo(401);
    }

    @Test
    void onlyAdministratorsRegisterApps() throws Exception {
        Browser alex = new Browser();
        alex.signIn("alex", DemoUsers.PASSWORD);
        alex.get("/account/sessions");
        HttpResponse<String> r = alex.http.send(HttpRequest.newBuilder(absolute("/api/v1/admin/smart-apps"))
                .header("Content-Type", "application/json").header("Accept", "application/json").header("X-XSRF-TOKEN", alex.xsrf())
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Mine\",\"redirectUris\":[\"" + REDIRECT + "\"],\"scopes\":[\"patient/Patient.read\"]}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(403);
    }
}
