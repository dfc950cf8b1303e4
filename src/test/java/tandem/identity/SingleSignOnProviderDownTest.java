package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import testprovider.TestProvider;
import tandem.support.DemoUsers;
import tandem.support.OidcBrowser;

/**
 * A provider that is down: Tandem starts all the same (discovery waits for first use), and a sign-in
 * gets a clear page, never a 500, whether the provider is down before the flow or halfway through it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
class SingleSignOnProviderDownTest {

    static final TestProvider provider = TestProvider.start();
    /** A provider that was never there: nothing listens on its port. */
    static final TestProvider gone = TestProvider.start();

    static {
        gone.stop();
    }

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("tandem.oidc.staff.issuer", provider::issuer);
        registry.add("tandem.oidc.staff.client-id", () -> TestProvider.STAFF_CLIENT);
        registry.add("tandem.oidc.staff.client-secret", () -> TestProvider.STAFF_SECRET);
        registry.add("tandem.oidc.person.issuer", gone::issuer);
        registry.add("tandem.oidc.person.client-id", () -> TestProvider.PERSON_CLIENT);
        registry.add("tandem.oidc.person.client-secret", () -> "unused");
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void aProviderThatIsDownGivesAClearPageAndNo500(CapturedOutput log) {
        String tandem = "http://127.0.0.1:" + port;
        // down before the flow: the discovery document cannot be fetched
        OidcBrowser b = new OidcBrowser(gone.issuer());
        HttpResponse<String> down = b.followFrom(b.get(tandem + "/oauth2/authorization/person"));
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).contains("We cannot reach your organisation's sign-in service just now")
                .contains("sign in with your Tandem password");
        assertThat(log.getOut()).contains("Single sign-on provider for 'person' could not be reached");

        // down halfway: signed in at the provider, then it goes before Tandem exchanges the code
        provider.addUser("sam.okafor", Map.of("email", "sam@riverside.example", "email_verified", true));
        OidcBrowser c = new OidcBrowser(provider.issuer());
        HttpResponse<String> toCallback = c.follow(tandem + "/oauth2/authorization/staff", "sam.okafor", TestProvider.PASSWORD,
                u -> u.startsWith(tandem + "/login/oauth2/code/staff"));
        String callback = OidcBrowser.location(toCallback);
        provider.stop();
        HttpResponse<String> halfway = c.followFrom(c.get(callback));
        assertThat(halfway.statusCode()).isEqualTo(503);
        assertThat(halfway.body()).contains("We cannot reach your organisation's sign-in service just now");
        assertThat(c.get(tandem + "/api/v1/me").statusCode()).isEqualTo(401);

        // the password still works
        HttpResponse<String> login = c.get(tandem + "/login");
        c.followFrom(c.submit(login, "/login", Map.of("username", "sam", "password", DemoUsers.PASSWORD)));
        assertThat(c.get(tandem + "/api/v1/me").body()).contains("\"username\":\"sam\"");
    }
}
