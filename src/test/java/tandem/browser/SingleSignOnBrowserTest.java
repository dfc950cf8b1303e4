package tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import testprovider.TestProvider;
import tandem.support.DemoUsers;

/**
 * A real browser through a real OpenID Connect provider's pages: a staff member signs in with their
 * organisation account and out again (of the provider too); a person signs in with their own provider,
 * confirms the link and lands on their home page. Tandem's new pages pass axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
class SingleSignOnBrowserTest extends BrowserJourney {

    static final TestProvider provider = TestProvider.start();

    @DynamicPropertySource
    static void oidc(DynamicPropertyRegistry registry) {
        registry.add("tandem.oidc.staff.issuer", provider::issuer);
        registry.add("tandem.oidc.staff.client-id", () -> TestProvider.STAFF_CLIENT);
        registry.add("tandem.oidc.staff.client-secret", () -> TestProvider.STAFF_SECRET);
        registry.add("tandem.oidc.person.issuer", provider::issuer);
        registry.add("tandem.oidc.person.client-id", () -> TestProvider.PERSON_CLIENT);
        registry.add("tandem.oidc.person.key", () -> provider.writePersonClientKey().toString());
        registry.add("tandem.oidc.person.vtr", () -> "[\"P9.Cp.Cd\",\"P9.Cm\"]");
    }

    @Autowired
    JdbcClient jdbc;


    @AfterAll
    void stopServers() {
        provider.stop();
    }

    void signInAtProvider(Page page, String user) {
        page.waitForURL(provider.issuer() + "/login");
        page.getByLabel("Username").fill(user);
        page.getByLabel("Password").fill(TestProvider.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
    }

    @Test
    void aStaffMemberSignsInWithTheirOrganisationAccountAndOutOfBoth() {
        provider.addUser("sam.okafor", Map.of("email", "sam@riverside.example", "email_verified", true));
        provider.allowPostLogoutRedirect(base() + "/login?signedOut");
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base() + "/login");
            problems.addAll(Browsers.axe(page));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with your organisation account")).click();
            signInAtProvider(page, "sam.okafor");
            page.waitForURL(base() + "/");
            assertThat(page.locator(".signed-in-as").textContent()).contains("Sam");
            problems.addAll(Browsers.axe(page));

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
            // Tandem's session ends, then the provider's (RP-initiated logout), and back to the sign-in page
            page.waitForURL(base() + "/login?signedOut");
            assertThat(page.content()).contains("You have signed out.");
            // signed out at the provider too: its login page is asked for again
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with your organisation account")).click();
            page.waitForURL(provider.issuer() + "/login");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aPersonSignsInWithTheirOwnProviderConfirmsTheLinkAndLandsHome() {
        String nhs = tandem.people.NhsNumber.withCheckDigit("999300789").orElseThrow().digits();
        UUID jo = DemoUsers.personId(jdbc, "jo");
        jdbc.sql("UPDATE person SET nhs_number = :n, nhs_number_status = 'CHECKED_BY_WORKER', date_of_birth = DATE '1986-09-03' WHERE id = :p")
                .param("n", nhs).param("p", jo).update();
        provider.addUser("jo.nhs", Map.of("nhs_number", nhs, "birthdate", "1986-09-03", "identity_proofing_level", "P9"));
        provider.addUser("someone.else", Map.of("nhs_number", nhs, "birthdate", "2000-01-01"));
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base() + "/login");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with NHS login")).click();
            signInAtProvider(page, "someone.else");
            page.waitForURL(base() + "/login/sso/problem?reason=person_not_linked");
            assertThat(page.content()).contains("We could not link your sign-in to your record");
            problems.addAll(Browsers.axe(page));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base() + "/login");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in with NHS login")).click();
            signInAtProvider(page, "jo.nhs");
            page.waitForURL(base() + "/login/sso/link");
            assertThat(page.content()).contains("Linking means").doesNotContain("Pennington");
            problems.addAll(Browsers.axe(page));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, link my NHS login")).click();
            page.waitForURL(base() + "/");
            assertThat(page.locator(".signed-in-as").textContent()).contains("Jo");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void anAdministratorsSingleSignOnPagePassesAxe() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base() + "/login");
            page.getByLabel("Username").fill("admin");
            page.getByLabel("Password").fill(DemoUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
            page.waitForURL(base() + "/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Single sign-on, and staff whose sign-in has not been used lately"))
                    .click();
            page.waitForURL(base() + "/admin/sso");
            assertThat(page.content()).contains("Require single sign-on for all staff");
            problems.addAll(Browsers.axe(page));
            page.navigate(base() + "/login/sso/problem?reason=unavailable");
            problems.addAll(Browsers.axe(page));
        }
        assertThat(problems).isEmpty();
    }
}
