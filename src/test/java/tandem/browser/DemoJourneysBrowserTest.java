package tandem.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import tandem.support.DemoUsers;

/**
 * Real browser journeys over the demo organisation: every demo user signs in and lands on their
 * home page; every page they can reach by following links is scanned with axe; keyboard-only
 * sign-in; forms show the error summary.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
class DemoJourneysBrowserTest extends BrowserJourney {

    static final int MAX_PAGES_PER_USER = 120;
    static final int MAX_PER_SHAPE = 2;
    static final int MAX_SCANS_PER_SHAPE = 4;

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    final Set<String> scannedShapes = new LinkedHashSet<>();
    final Map<String, Integer> scansPerShape = new HashMap<>();

    @Test
    void everyDemoUserLandsOnTheirHomePageAndEveryPageTheyReachPassesAxe() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext anonymous = browser.newContext()) {
            Page login = anonymous.newPage();
            login.navigate(base() + "/login");
            problems.addAll(Browsers.axe(login));
            // a reset link as the e-mail would carry it (only its hash is stored), so that its page is scanned too
            String resetToken = java.util.UUID.randomUUID().toString();
            jdbc.sql("""
                    INSERT INTO password_reset (token_hash, account_id, requested_at, expires_at)
                    SELECT encode(sha256(convert_to(:t, 'UTF8')), 'hex'), id, now(), now() + interval '1 hour' FROM account WHERE username = 'jo'
                    """).param("t", resetToken).update();
            problems.addAll(crawl(login, "anonymous", "/groups", "/college", "/account/reset", "/account/reset/" + resetToken));
        }
        for (String user : DemoUsers.ALL) {
            try (BrowserContext context = browser.newContext()) {
                Page page = signIn(context, user);
                assertThat(page.locator("h1").textContent()).as(user + "'s home page").startsWith("Hello");
                assertThat(page.locator("nav[aria-label=Main] a[aria-current=page]").textContent()).isEqualTo("Home");
                // Care staff also start from Alex's plan, so the crawl reaches a plan with goals whichever
                // people come first in their lists.
                problems.addAll(user.equals("sam") || user.equals("pat")
                        ? crawl(page, user, "/", "/people/" + DemoUsers.personId(jdbc, "alex") + "/plan")
                        : crawl(page, user, "/"));
            }
        }
        assertThat(scannedShapes).as("pages scanned").contains("/", "/me", "/me/access-log", "/people", "/people/{id}",
                "/admin", "/admin/people", "/admin/people/{id}", "/admin/staff", "/admin/staff/{id}", "/admin/organisation",
                "/admin/import", "/admin/audit", "/supporting", "/supporting/{id}", "/account/second-factor", "/account/reset", "/account/reset/{id}", "/account/sessions",
                "/people/{id}/access-log", "/me/measures", "/me/measures/CHIME_CHECKIN", "/people/{id}/measures", "/measures/due", "/me/measures/relationships", "/admin/instruments",
                "/stories", "/stories/{id}", "/me/stories", "/me/stories/new", "/me/stories/{id}/edit", "/moderation",
                "/moderation/{id}", "/groups", "/groups/{id}", "/resources", "/resources/{key}", "/house-rules",
                "/admin/groups", "/admin/groups/new", "/admin/groups/{id}", "/admin/resources/new", "/admin/resources/{key}",
                "/me/plan", "/me/plan/values", "/me/plan/strengths", "/me/plan/history", "/me/plan/goals/new",
                "/me/plan/goals/{id}", "/me/plan/goals/{id}/edit", "/me/plan/sessions", "/me/plan/chime", "/me/plan/crisis",
                "/me/plan/crisis/edit", "/me/plan/risk", "/me/plan/risk/{id}", "/me/plan/journal", "/people/{id}/plan",
                "/people/{id}/plan/goals/{id}", "/people/{id}/plan/sessions", "/people/{id}/plan/values", "/plan/participation",
                "/supporting/{id}/crisis-plan", "/change", "/change/assessments/new", "/change/assessments/{id}",
                "/change/teams/{id}", "/change/cycles", "/change/cycles/{id}", "/change/fidelity", "/workforce", "/workforce/me",
                "/workforce/staff/{id}", "/me/recovery", "/people/{id}/recovery", "/dashboard",
                "/college", "/college/courses/{id}", "/college/register", "/college/me", "/college/join", "/college/teaching",
                "/college/sessions/{id}/register", "/college/admin", "/college/admin/terms", "/college/admin/courses/new",
                "/college/admin/courses/{id}", "/college/admin/courses/{id}/feedback", "/college/admin/students", "/college/students/{id}",
                "/college/me/enrolments/{id}/feedback");
        assertThat(problems).isEmpty();
    }

    /** Follows same-site links breadth-first (a couple of pages of each shape), scanning each. */
    private List<String> crawl(Page page, String user, String... start) {
        List<String> problems = new ArrayList<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new LinkedHashSet<>(queue);
        Map<String, Integer> perShape = new HashMap<>();
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES_PER_USER) {
            String path = queue.poll();
            page.navigate(base() + path);
            assertThat(page.title()).as(user + " " + path).doesNotContain("Sorry");
            visited++;
            // Each page shape is scanned a few times across all users (different roles, different data), not every time.
            if (scansPerShape.merge(shape(path), 1, Integer::sum) <= MAX_SCANS_PER_SHAPE) {
                scannedShapes.add(shape(path));
                problems.addAll(Browsers.axe(page));
            }
            for (Object href : (List<?>) page.evalOnSelectorAll("a[href]", "els => els.map(e => e.getAttribute('href'))")) {
                String link = normalise(String.valueOf(href));
                if (link == null || !seen.add(link)) {
                    continue;
                }
                String shape = shape(link);
                if (perShape.merge(shape, 1, Integer::sum) <= MAX_PER_SHAPE) {
                    queue.add(link);
                }
            }
        }
        return problems;
    }

    private String normalise(String href) {
        if (href.startsWith("#") || href.startsWith("mailto:")) {
            return null;
        }
        URI uri = URI.create(base() + "/").resolve(href);
        if (!("127.0.0.1".equals(uri.getHost()) && uri.getPort() == port)) {
            return null;
        }
        String path = uri.getPath();
        if (path.startsWith("/api") || path.startsWith("/v3") || path.startsWith("/logout") || path.startsWith("/css")
                || path.startsWith("/js") || path.startsWith("/resources/export") || path.endsWith(".pdf") || path.endsWith(".csv") || path.endsWith(".ics")) {
            return null;
        }
        return uri.getQuery() == null ? path : path + "?" + uri.getQuery();
    }

    static String shape(String path) {
        return path.replaceAll("\\?.*", "").replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "{id}")
                .replaceAll("^(/admin)?/resources/(?!new$)[a-z0-9-]+$", "$1/resources/{key}");
    }

    @Test
    void alexFillsInACheckInAndSeesTheResultAsWordsChartAndTable() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "alex");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Fill in a CHIME check-in")).click();
            problems.addAll(Browsers.axe(page));
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save my answers")).click();
            assertThat(page.locator(".error-summary").textContent()).contains("Answer at least one question");
            problems.addAll(Browsers.axe(page));
            int[] answers = {8, 9, 7, 8, 9};
            page.navigate(base() + "/me/measures/CHIME_CHECKIN/new");
            for (int i = 0; i < answers.length; i++) {
                page.locator("#q" + (i + 1) + "-" + answers[i]).check();
            }
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save my answers")).click();
            page.waitForURL(base() + "/me/measures/CHIME_CHECKIN");
            assertThat(page.locator("[role=status]").textContent()).contains("saved and scored");
            assertThat(page.locator("#scale-HOPE + p").textContent()).isEqualTo("9 out of 10");
            assertThat(page.locator("svg[role=img]").count()).isPositive();
            assertThat(page.locator("table").textContent()).contains("8.2");
            problems.addAll(Browsers.axe(page));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void samSendsASingleUseLinkAndAlexAnswersWithoutSigningIn() {
        List<String> problems = new ArrayList<>();
        String link;
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "sam");
            page.navigate(base() + "/measures/due");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Morgan"))
                    .first().click();
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Make a single-use link")).first().click();
            link = page.locator("code.secret").textContent();
            problems.addAll(Browsers.axe(page));
        }
        try (BrowserContext anonymous = browser.newContext()) {
            Page page = anonymous.newPage();
            page.navigate(link.replace("localhost", "127.0.0.1"));
            assertThat(page.locator("h1").textContent()).isEqualTo("Hello Alex");
            problems.addAll(Browsers.axe(page));
            page.locator("#q1-6").check();
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Send my answers")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Thank you, Alex");
            problems.addAll(Browsers.axe(page));
            page.navigate(link.replace("localhost", "127.0.0.1"));
            assertThat(page.locator("h1").textContent()).isEqualTo("This link cannot be used any more");
            problems.addAll(Browsers.axe(page));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void alexSharesAStoryAnonymouslyPatPublishesItAVisitorReadsItAndAfterAlexWithdrawsItIsGone() {
        List<String> problems = new ArrayList<>();
        var role = com.microsoft.playwright.options.AriaRole.BUTTON;
        String storyUrl;
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "alex");
            page.navigate(base() + "/me/stories/new");
            problems.addAll(Browsers.axe(page));
            page.getByRole(role, new Page.GetByRoleOptions().setName("Send my story")).click();
            assertThat(page.locator(".error-summary").textContent()).contains("Enter a title", "Write your story");
            problems.addAll(Browsers.axe(page));
            page.getByLabel("Title").fill("The bench by the river");
            page.getByLabel("Your story").fill("Some days I only got as far as the bench.\n\nThat was *enough*.");
            page.getByLabel("Anyone, including people without an account").check();
            page.getByLabel("Anonymous").check();
            page.getByLabel("Hope and optimism").check();
            page.getByRole(role, new Page.GetByRoleOptions().setName("Send my story")).click();
            page.waitForURL(base() + "/me/stories");
            assertThat(page.locator("main").textContent()).contains("The bench by the river", "Waiting for a moderator");
            problems.addAll(Browsers.axe(page));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "pat");
            page.navigate(base() + "/moderation");
            problems.addAll(Browsers.axe(page));
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("The bench by the river")).click();
            assertThat(page.locator("main").textContent()).contains("named as Anonymous").doesNotContain("Alex");
            problems.addAll(Browsers.axe(page));
            page.getByLabel("Publish: it follows the house rules").check();
            page.getByRole(role, new Page.GetByRoleOptions().setName("Send decision")).click();
            page.waitForURL(base() + "/moderation");
            assertThat(page.locator(".notice").textContent()).contains("Published");
        }
        try (BrowserContext anonymous = browser.newContext()) {
            Page page = anonymous.newPage();
            page.navigate(base() + "/stories");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("The bench by the river")).click();
            storyUrl = page.url();
            assertThat(page.locator("h1").textContent()).isEqualTo("The bench by the river");
            assertThat(page.locator("main").textContent()).contains("By Anonymous", "That was enough.");
            assertThat(page.locator(".story-body em").textContent()).isEqualTo("enough");
            problems.addAll(Browsers.axe(page));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "alex");
            page.navigate(base() + "/me/stories");
            page.getByRole(role, new Page.GetByRoleOptions().setName("Withdraw The bench by the river")).click();
            page.waitForURL(base() + "/me/stories");
            assertThat(page.locator("main").textContent()).contains("Your story is withdrawn").doesNotContain("The bench by the river");
        }
        try (BrowserContext anonymous = browser.newContext()) {
            Page page = anonymous.newPage();
            var response = page.navigate(storyUrl);
            assertThat(response.status()).isEqualTo(404);
            assertThat(page.locator("h1").textContent()).isEqualTo("Page not found");
            problems.addAll(Browsers.axe(page));
            page.navigate(base() + "/stories");
            assertThat(page.locator("main").textContent()).doesNotContain("The bench by the river");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void alexWritesAGoalSamSuggestsAStepAndRatesItAlexSeesBothRatingsAndSharesTheCrisisPlanWithRobin() {
        List<String> problems = new ArrayList<>();
        var button = com.microsoft.playwright.options.AriaRole.BUTTON;
        String goalPath;
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "alex");
            page.navigate(base() + "/me/plan/goals/new");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Save my goal")).click();
            assertThat(page.locator(".error-summary").textContent()).contains("Enter your goal, in your own words",
                    "Describe level +2");
            problems.addAll(Browsers.axe(page));
            page.getByLabel("My goal, in my own words").fill("Cook a meal for friends");
            page.getByLabel("-2: much less than expected").fill("I don't cook at all");
            page.getByLabel("-1: less than expected").fill("I cook for myself once");
            page.getByLabel("0: what I expect").fill("I cook for one friend");
            page.getByLabel("+1: more than expected").fill("I cook for two friends");
            page.getByLabel("+2: much more than expected").fill("I host a dinner");
            page.getByLabel("Connectedness").check();
            page.getByRole(button, new Page.GetByRoleOptions().setName("Save my goal")).click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/me/plan/goals/[0-9a-f-]{36}$"));
            goalPath = URI.create(page.url()).getPath();
            assertThat(page.locator("h1").textContent()).isEqualTo("Cook a meal for friends");
            page.locator("#what").fill("Choose a recipe");
            page.locator("#who").fill("Me");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Add step")).click();
            assertThat(page.locator("main").textContent()).contains("Choose a recipe");
            page.getByLabel("+1: I cook for two friends").check();
            page.getByRole(button, new Page.GetByRoleOptions().setName("Save rating")).click();
            problems.addAll(Browsers.axe(page));
        }
        String goalId = goalPath.substring(goalPath.lastIndexOf('/') + 1);
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "sam");
            page.navigate(base() + "/measures/due");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Alex Morgan"))
                    .first().click();
            String person = URI.create(page.url()).getPath().replace("/measures", "");
            page.navigate(base() + person + "/plan/goals/" + goalId);
            problems.addAll(Browsers.axe(page));
            page.getByLabel("Suggest a step").fill("Invite Robin first");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Suggest")).click();
            assertThat(page.locator(".notice").textContent()).contains("only if they accept it, in their own words");
            page.getByLabel("0: I cook for one friend").check();
            page.getByRole(button, new Page.GetByRoleOptions().setName("Save rating")).click();
            assertThat(page.locator(".notice").textContent()).contains("Your rating is saved");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "alex");
            page.navigate(base() + goalPath);
            String main = page.locator("main").textContent();
            assertThat(main).contains("suggested a step: “Invite Robin first”", "(the person)", "(worker)");
            com.microsoft.playwright.Locator ratings = page.locator("table", new Page.LocatorOptions()
                    .setHas(page.locator("caption", new Page.LocatorOptions().setHasText("Ratings, oldest first")))).locator("tbody tr");
            List<String> rated = new ArrayList<>();
            for (int i = 0; i < ratings.count(); i++) {
                rated.add(ratings.nth(i).locator("td").nth(1).textContent().replaceAll("^.*\\(", "(") + " "
                        + ratings.nth(i).locator("td").nth(2).textContent().trim());
            }
            assertThat(rated).as("both ratings kept, each with who gave it").containsExactly("(the person) +1", "(worker) 0");
            page.getByLabel("The step, in my words").fill("Invite Robin round first");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Add this step")).click();
            assertThat(page.locator("main").textContent()).contains("Invite Robin round first");
            problems.addAll(Browsers.axe(page));

            page.navigate(base() + "/me/plan/crisis");
            problems.addAll(Browsers.axe(page));
            page.getByRole(button, new Page.GetByRoleOptions().setName("Stop sharing with robin")).click();
            assertThat(page.locator(".notice").textContent()).contains("can no longer read");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Share with robin")).click();
            assertThat(page.locator(".notice").textContent()).contains("can now read your current plan");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "robin");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Alex Morgan: wellness and crisis plan")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Wellness and crisis plan: Alex Morgan");
            assertThat(page.locator("main").textContent()).contains("Someone sitting with me quietly");
            problems.addAll(Browsers.axe(page));
            String person = URI.create(page.url()).getPath().replace("/supporting/", "").replace("/crisis-plan", "");
            assertThat(page.navigate(base() + "/people/" + person + "/plan").status()).isEqualTo(404);
            assertThat(page.navigate(base() + "/people/" + person + "/plan/goals/" + goalId).status()).isEqualTo(404);
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theLeadRatesThreeChallengesAndAStaffAnswerChangesTheDashboardOnlyInAggregate() {
        List<String> problems = new ArrayList<>();
        var button = com.microsoft.playwright.options.AriaRole.BUTTON;
        String before;
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "lead");
            page.navigate(base() + "/change/assessments/new");
            page.getByLabel("How many people took part").fill("8");
            page.getByLabel("Of them, how many have lived experience").fill("3");
            for (int c = 1; c <= 3; c++) {
                page.locator("#stage" + c).selectOption("DEVELOPING");
                page.locator("#evidence" + c).fill("Discussed at the co-production workshop, point " + c);
            }
            page.getByRole(button, new Page.GetByRoleOptions().setName("Save the ratings")).click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/change/assessments/[0-9a-f-]{36}$"));
            assertThat(page.locator("main").textContent()).contains("8 people took part, 3 of them with lived experience",
                    "Discussed at the co-production workshop, point 2");
            problems.addAll(Browsers.axe(page));
            page.navigate(base() + "/change");
            assertThat(page.locator("svg.chart").count()).isGreaterThanOrEqualTo(10);
            assertThat(page.locator("table").first().textContent()).contains(java.time.LocalDate.now().toString());
            problems.addAll(Browsers.axe(page));
            page.navigate(base() + "/workforce");
            before = page.locator("section.panel", new Page.LocatorOptions().setHasText("Lived experience")).textContent();
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "kim");
            page.navigate(base() + "/workforce/me");
            problems.addAll(Browsers.axe(page));
            page.getByLabel("Yes", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("No", new Page.GetByLabelOptions().setExact(true)).last().check();
            page.getByRole(button, new Page.GetByRoleOptions().setName("Save my answer")).click();
            assertThat(page.locator(".notice").textContent()).contains("Only you can see your answer");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "lead");
            page.navigate(base() + "/workforce");
            String after = page.locator("section.panel", new Page.LocatorOptions().setHasText("Lived experience")).textContent();
            assertThat(after).isNotEqualTo(before).contains("%");
            String main = page.locator("main").textContent();
            assertThat(main).doesNotContain("Kim Adeyemi has").doesNotContain("Kim Adeyemi: yes");
            problems.addAll(Browsers.axe(page));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "network");
            page.navigate(base() + "/change/programme");
            assertThat(page.locator("main").textContent()).contains("Eastbrook Partnership", "Westvale Health");
            problems.addAll(Browsers.axe(page));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void samOpensAlexsSideBySidePageAndTheLeadFiltersTheDashboardByTeamAndDownloadsTheCsv() throws Exception {
        List<String> problems = new ArrayList<>();
        var button = com.microsoft.playwright.options.AriaRole.BUTTON;
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "sam");
            page.navigate(base() + "/people/" + DemoUsers.personId(jdbc, "alex") + "/recovery");
            assertThat(page.locator("main").textContent()).contains("Personal recovery", "Clinical recovery",
                    "Someone can recover personally without meeting the clinical criteria");
            problems.addAll(Browsers.axe(page));
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = signIn(context, "lead");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Outcomes").setExact(true)).click();
            page.waitForURL(base() + "/dashboard");
            problems.addAll(Browsers.axe(page));
            page.getByLabel("Team").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("North Community"));
            page.getByRole(button, new Page.GetByRoleOptions().setName("Show figures")).click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/dashboard\\?.*teamId=[0-9a-f-]{36}.*"));
            String main = page.locator("main").textContent();
            assertThat(main).contains("North Community (caseload today)", "Reliably improved", "Personal and clinical recovery");
            assertThat(page.locator("table caption").first().textContent()).contains("people, and change");
            problems.addAll(Browsers.axe(page));
            com.microsoft.playwright.Download download = page.waitForDownload(
                    () -> page.getByText("Download these figures (CSV)").click());
            String csv = java.nio.file.Files.readString(download.path());
            assertThat(csv).startsWith("table,row,column,value").contains("North Community (caseload today)");
            assertThat(download.suggestedFilename()).endsWith(".csv");
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "network");
            page.navigate(base() + "/dashboard");
            assertThat(page.locator("main").textContent()).contains("Eastbrook Partnership", "Westvale Health");
            problems.addAll(Browsers.axe(page));
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = signIn(context, "researcher");
            page.navigate(base() + "/research");
            problems.addAll(Browsers.axe(page));
            com.microsoft.playwright.Download download = page.waitForDownload(
                    () -> page.getByRole(button, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("Make an extract"))).click());
            assertThat(java.nio.file.Files.size(download.path())).isPositive();
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aVisitorFindsACourseRegistersEnrolsJoinsAWaitingListAndLeavesATutorMarksTheRegisterAndTheAdministratorPublishes() {
        List<String> problems = new ArrayList<>();
        var button = com.microsoft.playwright.options.AriaRole.BUTTON;
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.onDialog(d -> d.accept());
            page.navigate(base() + "/college");
            page.getByLabel("Search words").fill("sleep");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Search")).click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/college\\?.*query=sleep.*"));
            assertThat(page.locator("main").textContent()).contains("Sleep well").doesNotContain("Understanding anxiety");
            problems.addAll(Browsers.axe(page));
            page.getByText("Sleep well").first().click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/college/courses/[0-9a-f-]{36}$"));
            String sleepWell = page.url();
            problems.addAll(Browsers.axe(page));
            page.locator("main").getByText("Register as a student").click();
            page.waitForURL(base() + "/college/register");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Register")).click();
            assertThat(page.locator(".error-summary").textContent()).contains("Enter your first name");
            problems.addAll(Browsers.axe(page));
            page.getByLabel("First name").fill("Kit");
            page.getByLabel("Last name").fill("Journey");
            page.getByLabel("By e-mail").check();
            page.getByLabel("E-mail address").fill("kit@example.org");
            page.getByLabel("I support someone who does").check();
            page.getByLabel("Choose a username").fill("kit.journey");
            page.getByLabel("Choose a password").fill("a long enough passphrase");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Register")).click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/login.*"));
            page.getByLabel("Username").fill("kit.journey");
            page.getByLabel("Password").fill("a long enough passphrase");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(base() + "/");
            page.navigate(sleepWell);
            page.getByRole(button, new Page.GetByRoleOptions().setName("Enrol on this course")).click();
            assertThat(page.locator("main").textContent()).contains("You have a place on this course");
            problems.addAll(Browsers.axe(page));
            page.navigate(base() + "/college?query=Telling");
            page.getByText("Telling your story").first().click();
            page.getByRole(button, new Page.GetByRoleOptions().setName("Join the waiting list")).click();
            assertThat(page.locator("main").textContent()).contains("You are number 3 on the waiting list");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Leave the waiting list")).click();
            assertThat(page.locator("main").textContent()).contains("You have left this course");
            page.navigate(sleepWell);
            page.getByRole(button, new Page.GetByRoleOptions().setName("Leave this course")).click();
            assertThat(page.locator("main").textContent()).contains("You have left this course").contains("Enrol on this course");
            page.navigate(base() + "/college/me");
            problems.addAll(Browsers.axe(page));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "tutor");
            page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions().setName("Registers").setExact(true)).click();
            page.locator("section", new Page.LocatorOptions().setHasText("Understanding recovery")).locator("a").first().click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/college/sessions/[0-9a-f-]{36}/register$"));
            problems.addAll(Browsers.axe(page));
            page.locator("input[value=ABSENT]").first().check();
            page.getByRole(button, new Page.GetByRoleOptions().setName("Save the register")).click();
            assertThat(page.locator("main").textContent()).contains("Register saved.");
            assertThat(page.locator("input[value=ABSENT]").first().isChecked()).isTrue();
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "college");
            page.navigate(base() + "/college/admin/courses/new");
            page.getByLabel("Term").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("This term"));
            page.getByLabel("Title").fill("Walking and talking");
            page.getByLabel("What the course is about, in plain English").fill("Gentle walks with time to talk about what keeps us well.");
            page.getByLabel("Where it meets").fill("Riverside Centre, front door");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Save the course")).click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/college/admin/courses/[0-9a-f-]{36}$"));
            page.getByLabel("Date").fill(java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(10).toString());
            page.getByLabel("Starts at").fill("10:00");
            page.getByLabel("Ends at").fill("11:30");
            page.getByRole(button, new Page.GetByRoleOptions().setName("Add session")).click();
            assertThat(page.locator("main").textContent()).contains("Session added.");
            page.getByLabel("Trainer", new Page.GetByLabelOptions().setExact(true)).selectOption(
                    new com.microsoft.playwright.options.SelectOption().setLabel("Toni Rahman"));
            page.getByLabel("Role on this course").selectOption("PEER");
            page.getByLabel("They have confirmed").check();
            page.getByRole(button, new Page.GetByRoleOptions().setName("Save trainer")).click();
            page.getByRole(button, new Page.GetByRoleOptions().setName("Publish this course")).click();
            assertThat(page.locator("main").textContent()).contains("practitioner trainer have both confirmed");
            problems.addAll(Browsers.axe(page));
            page.getByLabel("Trainer", new Page.GetByLabelOptions().setExact(true)).selectOption(
                    new com.microsoft.playwright.options.SelectOption().setLabel("Kim Adeyemi"));
            page.getByLabel("Role on this course").selectOption("PRACTITIONER");
            page.getByLabel("They have confirmed").check();
            page.getByRole(button, new Page.GetByRoleOptions().setName("Save trainer")).click();
            page.getByRole(button, new Page.GetByRoleOptions().setName("Publish this course")).click();
            assertThat(page.locator("main").textContent()).contains("Published: the course is in the prospectus.");
            page.navigate(base() + "/college?query=Walking");
            assertThat(page.locator("main").textContent()).contains("Walking and talking");
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void signingInWorksWithTheKeyboardAlone() {
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base() + "/login");
            page.keyboard().press("Tab");
            assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Skip to main content");
            page.keyboard().press("Enter");
            String focused = "";
            for (int i = 0; i < 10 && !"username".equals(focused); i++) {
                page.keyboard().press("Tab");
                focused = String.valueOf(page.evaluate("document.activeElement.id"));
            }
            assertThat(focused).isEqualTo("username");
            page.keyboard().type("alex");
            page.keyboard().press("Tab");
            assertThat(page.evaluate("document.activeElement.id")).isEqualTo("password");
            page.keyboard().type(DemoUsers.PASSWORD);
            page.keyboard().press("Enter");
            page.waitForURL(base() + "/");
            assertThat(page.locator("h1").textContent()).isEqualTo("Hello, Alex Morgan");
        }
    }

    @Test
    void aWrongPasswordAndAnEmptyFormShowTheErrorSummary() {
        List<String> problems = new ArrayList<>();
        try (BrowserContext context = browser.newContext()) {
            Page page = context.newPage();
            page.navigate(base() + "/login");
            page.getByLabel("Username").fill("sam");
            page.getByLabel("Password").fill("not the password");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in")).click();
            page.waitForURL(base() + "/login?error");
            assertThat(page.locator(".error-summary").textContent()).contains("username or password is not right");
            assertThat(page.evaluate("document.activeElement.className")).isEqualTo("error-summary");
            problems.addAll(Browsers.axe(page));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "admin");
            page.navigate(base() + "/admin/people/new");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Add person")).click();
            assertThat(page.locator(".error-summary").textContent()).contains("Enter a given name")
                    .contains("Enter a family name");
            assertThat(page.locator("#givenName-error").textContent()).contains("Enter a given name");
            problems.addAll(Browsers.axe(page));

            page.navigate(base() + "/admin/import");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Import")).click();
            assertThat(page.locator(".error-summary").textContent()).contains("Choose a CSV file");
            problems.addAll(Browsers.axe(page));
        }
        try (BrowserContext context = browser.newContext()) {
            Page page = signIn(context, "sam");
            page.navigate(base() + "/people/" + java.util.UUID.randomUUID() + "/emergency-access");
            page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Open the record")).click();
            assertThat(page.locator(".error-summary").textContent()).contains("at least 10 characters");
            problems.addAll(Browsers.axe(page));
        }
        assertThat(problems).isEmpty();
    }
}
