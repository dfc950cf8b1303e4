package tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import tandem.people.PeopleAdministration;
import tandem.people.PersonForm;
import tandem.shared.ids.PersonId;
import tandem.support.DemoUsers;
import tandem.support.PersonFixture;
import tandem.support.TestSmtp;

/**
 * An invitation in a real browser: the care worker's "Invite to Tandem" form on the person's page, the
 * invitation page the e-mailed link opens (on a 375 px wide screen, filled in from the keyboard), and the
 * page a used link gets. Every page on the way is scanned with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
class InvitationBrowserTest extends BrowserJourney {

    static final GreenMail SMTP = TestSmtp.start();
    static final Pattern LINK = Pattern.compile("http://[^/\\s]+(/invitations/[A-Za-z0-9_-]+)");
    static final String PASSWORD = "kettle otter lamp 9";

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        TestSmtp.use(SMTP, registry);
    }

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleAdministration people;


    @AfterAll
    void stopServers() {
        SMTP.stop();
    }

    String linkTo(String address) throws Exception {
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            var mail = Arrays.stream(SMTP.getReceivedMessages()).filter(m -> {
                try {
                    return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
                } catch (jakarta.mail.MessagingException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            if (!mail.isEmpty()) {
                Matcher m = LINK.matcher(GreenMailUtil.getBody(mail.get(0)).replace("=\r\n", ""));
                assertThat(m.find()).as("the e-mail holds the link").isTrue();
                return m.group(1);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no invitation e-mail to " + address);
    }

    @Test
    void aWorkerInvitesAndThePersonMakesTheirAccountOnASmallScreen() throws Exception {
        UUID team = jdbc.sql("SELECT team_id FROM team_member WHERE staff_id = :s LIMIT 1").param("s", DemoUsers.staffId(jdbc, "sam"))
                .query(UUID.class).single();
        PersonId person = people.createPerson(PersonFixture.administrator(jdbc), new PersonForm("Wren", "Browser", "", "", "", "", "",
                false, false, false, team.toString(), "", "", "", false));
        List<String> problems = new ArrayList<>();

        try (BrowserContext staff = browser.newContext()) {
            Page page = staff.newPage();
            page.navigate(base() + "/login");
            page.getByLabel("Username").fill("sam");
            page.getByLabel("Password").fill(DemoUsers.PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(base() + "/");
            page.navigate(base() + "/people/" + person);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Invite to Tandem")).isVisible()).isTrue();
            problems.addAll(Browsers.axe(page));

            page.getByLabel("Their email address").fill("not an address");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the invitation")).click();
            assertThat(page.locator(".error-summary").textContent()).contains("Enter an email address in the right format");
            assertThat(page.getByLabel("Their email address").getAttribute("aria-invalid")).isEqualTo("true");
            problems.addAll(Browsers.axe(page));

            page.getByLabel("Their email address").fill("wren.browser@example.org");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send the invitation")).click();
            assertThat(page.locator("[role=status]").first().textContent()).contains("The invitation is on its way");
            assertThat(page.locator("#invitation table").textContent()).contains("wren.browser@example.org", "Sent, not opened yet");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke").setExact(false)).count()).isEqualTo(1);
            problems.addAll(Browsers.axe(page));
        }

        String link = linkTo("wren.browser@example.org");
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(375, 740))) {
            Page page = phone.newPage();
            page.navigate(base() + link);
            assertThat(page.locator("h1").textContent()).isEqualTo("Make your Tandem account");
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth")).as("no sideways scrolling at 375 px").isLessThanOrEqualTo(375);
            problems.addAll(Browsers.axe(page));

            // from the keyboard: a password that is too short first
            page.getByLabel("Choose a username").focus();
            page.keyboard().press("Control+A");
            page.keyboard().type("wren.browser");
            page.keyboard().press("Tab");
            page.keyboard().type("short");
            page.keyboard().press("Tab");
            page.keyboard().type("short");
            page.keyboard().press("Enter");
            page.waitForSelector(".error-summary");
            assertThat(page.locator(".error-summary").textContent()).contains("Password must be at least 8 characters");
            problems.addAll(Browsers.axe(page));

            page.getByLabel("Choose a password").fill(PASSWORD);
            page.getByLabel("The password again").fill(PASSWORD);
            page.getByLabel("The password again").press("Enter");
            page.waitForURL(base() + "/login");
            assertThat(page.locator("[role=status]").textContent()).contains("Your Tandem account is ready");

            page.getByLabel("Username").fill("wren.browser");
            page.getByLabel("Password").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(base() + "/");
            assertThat(page.locator("h1").textContent()).startsWith("Hello");

            Response again = page.navigate(base() + link);
            assertThat(again.status()).isEqualTo(410);
            assertThat(page.locator("main").textContent())
                    .contains("This link has already been used or has expired. Ask the person who invited you to send a new one.");
            problems.addAll(Browsers.axe(page));
        }
        assertThat(problems).isEmpty();
    }
}
