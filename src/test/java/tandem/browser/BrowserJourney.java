package tandem.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

import tandem.support.DemoUsers;

/**
 * What every browser journey has: the system's Chromium, launched once for the class and closed after it,
 * the address of the Tandem under test, and signing a demo user in through the login page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourney {

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    /** Signs a demo user in with the demo password, on a new page of the context, and waits for their home page. */
    Page signIn(BrowserContext context, String username) {
        Page page = context.newPage();
        page.navigate(base() + "/login");
        page.getByLabel("Username").fill(username);
        page.getByLabel("Password").fill(DemoUsers.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        page.waitForURL(base() + "/");
        return page;
    }
}
