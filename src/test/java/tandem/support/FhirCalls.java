package tandem.support;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.client.api.ServerValidationModeEnum;
import ca.uhn.fhir.rest.client.interceptor.BearerTokenAuthInterceptor;
import ca.uhn.fhir.rest.client.interceptor.CookieInterceptor;
import tandem.fhir.FhirResources;
import tandem.identity.ApiClientSecret;
import tandem.identity.ApiClients;
import tandem.identity.CurrentUser;
import tandem.identity.NewApiClient;
import tandem.identity.Role;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;

/**
 * Real FHIR clients for tests against the running server: HAPI's generic client with a bearer
 * token of an API client (registered through identity's façade, the token fetched at
 * {@code /oauth2/token} over HTTP) or with a demo user's signed-in session.
 */
public final class FhirCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FhirCalls() {
    }

    public static String base(int port) {
        return "http://127.0.0.1:" + port + "/fhir";
    }

    /** HAPI's generic client with no credentials (for {@code /fhir/metadata}). */
    public static IGenericClient anonymous(int port) {
        var context = FhirResources.context();
        context.getRestfulClientFactory().setServerValidationMode(ServerValidationModeEnum.NEVER);
        context.getRestfulClientFactory().setSocketTimeout(60_000);
        return context.newRestfulGenericClient(base(port));
    }

    public static IGenericClient withToken(int port, String token) {
        IGenericClient client = anonymous(port);
        client.registerInterceptor(new BearerTokenAuthInterceptor(token));
        return client;
    }

    /** A client signed in as a demo user (session cookie; reads only, as a session's writes need the CSRF token). */
    public static IGenericClient withSession(int port, String username) throws Exception {
        IGenericClient client = anonymous(port);
        client.registerInterceptor(new CookieInterceptor("SESSION=" + sessionOf(port, username)));
        return client;
    }

    /** Signs a demo user in over HTTP and returns the session cookie's value. */
    public static String sessionOf(int port, String username) throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
        http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(), HttpResponse.BodyHandlers.discarding());
        String xsrf = cookie(cookies, "XSRF-TOKEN");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(xsrf, StandardCharsets.UTF_8);
        HttpResponse<Void> login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding());
        String location = login.headers().firstValue("Location").orElse("");
        if (location.contains("error") || location.contains("second-factor")) {
            throw new IllegalStateException("Could not sign in as " + username + ": " + location);
        }
        return cookie(cookies, "SESSION");
    }

    private static String cookie(CookieManager cookies, String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException("no " + name + " cookie"));
    }

    /** The demo administrator as identity sees them, to register API clients through the façade. */
    public static CurrentUser demoAdministrator(JdbcClient jdbc) {
        return jdbc.sql("SELECT id, staff_id, organisation_id FROM account WHERE username = 'admin'")
                .query((rs, n) -> new CurrentUser(new AccountId(rs.getObject("id", UUID.class)), "admin", "Admin",
                        Set.of(Role.ADMIN), null, new StaffId(rs.getObject("staff_id", UUID.class)),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class))))
                .single();
    }

    /** Registers an API client of the demo organisation with these scopes and returns a token for it. */
    public static String systemToken(int port, ApiClients clients, JdbcClient jdbc, String... scopes) throws Exception {
        ApiClientSecret secret = clients.register(demoAdministrator(jdbc),
                new NewApiClient("Test system " + UUID.randomUUID(), List.of(scopes), List.of()));
        String basic = Base64.getEncoder().encodeToString((secret.clientId() + ":" + secret.clientSecret()).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token refused: " + r.statusCode() + " " + r.body());
        }
        return JSON.readValue(r.body(), Map.class).get("access_token").toString();
    }
}
