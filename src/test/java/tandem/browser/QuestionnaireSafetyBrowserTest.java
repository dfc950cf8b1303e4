package tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tandem.support.DemoUsers;

/**
 * In a real browser: a person fills in the PHQ-9 they were asked for, with an answer above 0 on item 9,
 * and sees where to get help before any result; their worker sees the alert first on their home page
 * and rates HoNOS on the worker's form. Each page is scanned with axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
class QuestionnaireSafetyBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;


    @Test
    void aPersonWithASafetyAnswerSeesHelpFirstAndTheWorkerSeesTheAlertAndRatesHonos() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "alex");
            page.navigate(base() + "/me/measures");
            assertThat(page.content()).contains("Patient Health Questionnaire (PHQ-9)");
            problems.addAll(Browsers.axe(page));
            page.locator("a[href='/me/measures/PHQ9/new']").first().click();
            page.waitForURL(base() + "/me/measures/PHQ9/new");
            problems.addAll(Browsers.axe(page));
            for (int i = 1; i <= 8; i++) {
                page.locator("#q" + i + "-1").check();
            }
            page.locator("#q9-1").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save my answers")).click();
            page.waitForURL(base() + "/me/measures/PHQ9/help");
            String help = page.locator("main").innerText();
            assertThat(help).contains("If you need help now").contains("999").contains("116 123")
                    .contains("Your answers are not watched as they arrive");
            assertThat(help).doesNotContain("moderate");
            problems.addAll(Browsers.axe(page));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See your results")).click();
            page.waitForURL(base() + "/me/measures/PHQ9");
        }
        UUID alex = DemoUsers.personId(jdbc, "alex");
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "sam");
            assertThat(page.locator("h2").first().innerText()).isEqualTo("Needs attention today");
            problems.addAll(Browsers.axe(page));
            page.navigate(base() + "/people/" + alex + "/measures");
            assertThat(page.content()).contains("Mark seen");
            problems.addAll(Browsers.axe(page));
            page.navigate(base() + "/people/" + alex + "/measures/HONOS/new");
            assertThat(page.content()).contains("This is rated by a worker");
            problems.addAll(Browsers.axe(page));
            for (int i = 1; i <= 12; i++) {
                page.locator("#q" + i + "-" + (i == 4 ? 9 : 1)).check();
            }
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save the rating")).click();
            page.waitForURL(base() + "/people/" + alex + "/measures/HONOS");
            assertThat(page.content()).contains("11");
            problems.addAll(Browsers.axe(page));
        }
        assertThat(problems).isEmpty();
    }
}
