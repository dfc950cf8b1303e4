package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import testprovider.TestProvider;
import tandem.support.DemoUsers;
import tandem.support.OidcBrowser;

/**
 * Single sign-on against a real OpenID Connect provider on loopback (Spring Authorization Server, in its
 * own context in this JVM), over real HTTP: discovery, the code flow with PKCE, linking, and every way the
 * answer can be wrong. Decision 0019.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@org.junit.jupiter.api.extension.ExtendWith(OutputCaptureExtension.class)
class SingleSignOnTest {

    static final TestProvider provider = TestProvider.start();
    static final String VTR = "[\"P9.Cp.Cd\",\"P9.Cm\"]";

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("tandem.oidc.staff.issuer", provider::issuer);
        registry.add("tandem.oidc.staff.client-id", () -> TestProvider.STAFF_CLIENT);
        registry.add("tandem.oidc.staff.client-secret", () -> TestProvider.STAFF_SECRET);
        registry.add("tandem.oidc.person.issuer", provider::issuer);
        registry.add("tandem.oidc.person.client-id", () -> TestProvider.PERSON_CLIENT);
        registry.add("tandem.oidc.person.key", () -> provider.writePersonClientKey().toString());
        registry.add("tandem.oidc.person.vtr", () -> VTR);
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void goodTokensAgain() {
        provider.mode(TestProvider.Mode.GOOD);
    }

    String tandem() {
        return "http://127.0.0.1:" + port;
    }

    HttpResponse<String> staffSignIn(OidcBrowser b, String user) {
        return b.follow(tandem() + "/oauth2/authorization/staff", user, TestProvider.PASSWORD);
    }

    String me(OidcBrowser b) {
        return b.get(tandem() + "/api/v1/me").body();
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void staffMemberSignsInWithAVerifiedEmailAndIsLinkedWithPkce(CapturedOutput log) {
        provider.addUser("sam.okafor", Map.of("email", "Sam@Riverside.example", "email_verified", true));
        OidcBrowser b = new OidcBrowser(provider.issuer());
        HttpResponse<String> end = staffSignIn(b, "sam.okafor");

        assertThat(end.uri().getPath()).isEqualTo("/");
        assertThat(end.statusCode()).isEqualTo(200);
        assertThat(me(b)).contains("\"username\":\"sam\"");
        Map<String, String> authorize = provider.authorizationRequests().get(provider.authorizationRequests().size() - 1);
        assertThat(authorize).containsEntry("client_id", TestProvider.STAFF_CLIENT).containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "state", "nonce");
        assertThat(authorize.get("scope")).contains("openid").contains("email");
        UUID sam = jdbc.sql("SELECT id FROM account WHERE username = 'sam'").query(UUID.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM sso_link WHERE account_id = :a AND registration = 'staff' AND issuer = :i")
                .param("a", sam).param("i", provider.issuer()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM session_device WHERE account_id = :a").param("a", sam).query(Long.class).single())
                .as("the session is listed among the account's devices, as after a password").isPositive();
        assertThat(log.getOut()).contains("Single sign-on accepted for account " + sam);

        // later sign-ins find the account by (issuer, subject), even when the provider's e-mail changes
        provider.addUser("sam.okafor", Map.of("email", "sam.new@elsewhere.example", "email_verified", false));
        OidcBrowser again = new OidcBrowser(provider.issuer());
        assertThat(staffSignIn(again, "sam.okafor").uri().getPath()).isEqualTo("/");
        assertThat(me(again)).contains("\"username\":\"sam\"");
    }
}
