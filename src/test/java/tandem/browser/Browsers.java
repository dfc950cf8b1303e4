package tandem.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * Playwright driving the system's Chromium (never a downloaded browser), and axe-core scans that
 * report serious and critical violations.
 */
public final class Browsers {

    public static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

    private Browsers() {
    }

    public static Playwright playwright() {
        return Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser chromium(Playwright playwright) {
        Path executable = Path.of(System.getenv().getOrDefault("TANDEM_CHROMIUM", "/usr/bin/chromium"));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Chromium is not installed at " + executable
                    + ": run 'apt-get install -y chromium' (as .ci/run does)");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
                .setHeadless(true).setArgs(ARGS));
    }

    /** Serious and critical axe violations on the page as it is now, one line each. */
    public static List<String> axe(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
                .analyze();
        if (results.getPasses() == null || results.getPasses().isEmpty()) {
            throw new IllegalStateException("axe-core did not run on " + page.url());
        }
        List<String> problems = new ArrayList<>();
        for (Rule v : results.getViolations()) {
            if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                String where = v.getNodes().isEmpty() ? "" : " at " + v.getNodes().get(0).getTarget();
                problems.add(page.url() + ": " + v.getId() + " (" + v.getImpact() + ") " + v.getHelp() + where);
            }
        }
        return problems;
    }
}
