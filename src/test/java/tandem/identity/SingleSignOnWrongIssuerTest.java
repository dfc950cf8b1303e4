package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import testprovider.TestProvider;
import tandem.support.OidcBrowser;

/** A provider whose discovery document names another issuer than the one configured is not used (OpenID Connect Discovery 4.3). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
class SingleSignOnWrongIssuerTest {

    static final TestProvider provider = TestProvider.start();

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        // the provider calls itself "http://127.0.0.1:<port>", without the slash
        registry.add("tandem.oidc.staff.issuer", () -> provider.issuer() + "/");
        registry.add("tandem.oidc.staff.client-id", () -> TestProvider.STAFF_CLIENT);
        registry.add("tandem.oidc.staff.client-secret", () -> TestProvider.STAFF_SECRET);
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @LocalServerPort
    int port;

    @Test
    void aDiscoveryDocumentNamingAnotherIssuerIsRefusedWithAClearPage(CapturedOutput log) {
        OidcBrowser b = new OidcBrowser(provider.issuer());
        HttpResponse<String> r = b.followFrom(b.get("http://127.0.0.1:" + port + "/oauth2/authorization/staff"));
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("We cannot reach your organisation's sign-in service just now");
        assertThat(provider.authorizationRequests()).as("the browser was never sent to that provider").isEmpty();
        assertThat(log.getOut()).contains("named a different issuer in its discovery document");
    }
}
