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
    static final com.icegreen.greenmail.util.GreenMail SMTP = tandem.support.TestSmtp.start();
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
        registry.add("tandem.oidc.staff.id-claim", () -> "tandem_username");
        tandem.support.TestSmtp.use(SMTP, registry);
    }

    @AfterAll
    static void stopProvider() {
        provider.stop();
        SMTP.stop();
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
        long samsDevices = jdbc.sql("SELECT count(*) FROM session_device d JOIN account a ON a.id = d.account_id WHERE a.username = 'sam'")
                .query(Long.class).single();
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
                .as("the session is listed among the account's devices, as after a password").isEqualTo(samsDevices + 1);
        assertThat(log.getOut()).contains("Single sign-on accepted for account " + sam);

        // later sign-ins find the account by (issuer, subject), even when the provider's e-mail changes
        provider.addUser("sam.okafor", Map.of("email", "sam.new@elsewhere.example", "email_verified", false));
        OidcBrowser again = new OidcBrowser(provider.issuer());
        assertThat(staffSignIn(again, "sam.okafor").uri().getPath()).isEqualTo("/");
        assertThat(me(again)).contains("\"username\":\"sam\"");
    }

    HttpResponse<String> personSignIn(OidcBrowser b, String user) {
        return b.follow(tandem() + "/oauth2/authorization/person", user, TestProvider.PASSWORD);
    }

    long links() {
        return count("sso_link");
    }

    long personLinks() {
        return jdbc.sql("SELECT count(*) FROM sso_link WHERE registration = 'person'").query(Long.class).single();
    }

    @Test
    void anUnverifiedEmailOrAnUnknownStaffMemberIsRefusedAndNothingIsCreated() {
        provider.addUser("pat.unverified", Map.of("email", "pat@riverside.example", "email_verified", false));
        provider.addUser("stranger", Map.of("email", "nobody.here@riverside.example", "email_verified", true));
        provider.addUser("no.email", Map.of());
        long accounts = count("account");
        long links = links();
        for (String user : new String[] {"pat.unverified", "stranger", "no.email"}) {
            OidcBrowser b = new OidcBrowser(provider.issuer());
            HttpResponse<String> end = staffSignIn(b, user);
            assertThat(end.statusCode()).as(user).isEqualTo(403);
            assertThat(end.uri().toString()).as(user).endsWith("/login/sso/problem?reason=staff_not_matched");
            assertThat(end.body()).contains("We could not match your account").doesNotContain("pat@riverside.example");
            assertThat(b.get(tandem() + "/api/v1/me").statusCode()).as("not signed in").isEqualTo(401);
        }
        assertThat(count("account")).isEqualTo(accounts);
        assertThat(links()).isEqualTo(links);
    }

    @Test
    void aDisabledAccountIsRefused() {
        jdbc.sql("UPDATE account SET enabled = false WHERE username = 'jess'").update();
        provider.addUser("jess.m", Map.of("email", "jess@riverside.example", "email_verified", true));
        OidcBrowser b = new OidcBrowser(provider.issuer());
        HttpResponse<String> end = staffSignIn(b, "jess.m");
        assertThat(end.statusCode()).isEqualTo(403);
        assertThat(b.get(tandem() + "/api/v1/me").statusCode()).isEqualTo(401);
        assertThat(jdbc.sql("SELECT count(*) FROM sso_link l JOIN account a ON a.id = l.account_id WHERE a.username = 'jess'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void anExpiredTamperedWrongAudienceOrWrongIssuerIdTokenIsRefusedWithAClearPage(CapturedOutput log) {
        provider.addUser("kim.a", Map.of("email", "kim@riverside.example", "email_verified", true));
        long links = links();
        for (TestProvider.Mode bad : new TestProvider.Mode[] {TestProvider.Mode.EXPIRED, TestProvider.Mode.TAMPERED,
                TestProvider.Mode.WRONG_AUDIENCE, TestProvider.Mode.WRONG_ISSUER}) {
            provider.mode(bad);
            OidcBrowser b = new OidcBrowser(provider.issuer());
            HttpResponse<String> end = staffSignIn(b, "kim.a");
            assertThat(end.statusCode()).as(bad.name()).isEqualTo(401);
            assertThat(end.uri().toString()).as(bad.name()).endsWith("/login/sso/problem?reason=bad_token");
            assertThat(end.body()).contains("We could not check your sign-in");
            assertThat(b.get(tandem() + "/api/v1/me").statusCode()).isEqualTo(401);
        }
        assertThat(links()).as("nothing linked by a bad token").isEqualTo(links);
        assertThat(log.getOut()).contains("Single sign-on refused from 127.0.0.1: bad token (invalid_id_token)");
        // the same user with a good token is linked: the refusals were the tokens'
        provider.mode(TestProvider.Mode.GOOD);
        OidcBrowser b = new OidcBrowser(provider.issuer());
        assertThat(staffSignIn(b, "kim.a").uri().getPath()).isEqualTo("/");
        assertThat(me(b)).contains("\"username\":\"kim\"");
    }

    @Test
    void aReplayedOrMalformedStateIsRefusedAndSignsNobodyIn() {
        provider.addUser("rob.h", Map.of("email", "rob@riverside.example", "email_verified", true));
        OidcBrowser b = new OidcBrowser(provider.issuer());
        HttpResponse<String> toCallback = b.follow(tandem() + "/oauth2/authorization/staff", "rob.h", TestProvider.PASSWORD,
                u -> u.startsWith(tandem() + "/login/oauth2/code/staff"));
        String callback = OidcBrowser.location(toCallback);
        assertThat(b.followFrom(b.get(callback)).uri().getPath()).as(String.join("\n", b.visited)).isEqualTo("/");

        OidcBrowser thief = new OidcBrowser(provider.issuer());
        HttpResponse<String> replayed = thief.followFrom(thief.get(callback));
        assertThat(replayed.statusCode()).isEqualTo(400);
        assertThat(replayed.body()).contains("This sign-in link has already been used or is not right");
        assertThat(thief.get(tandem() + "/api/v1/me").statusCode()).isEqualTo(401);

        long links = links();
        OidcBrowser other = new OidcBrowser(provider.issuer());
        for (String query : new String[] {"?code=abc&state=not-a-state", "?state=%00%ff", "?code=x", "?error=access_denied&state=zz"}) {
            HttpResponse<String> r = other.followFrom(other.get(tandem() + "/login/oauth2/code/staff" + query));
            assertThat(r.statusCode()).as(query).isIn(400, 401, 403);
            assertThat(r.body()).as(query).doesNotContain("Exception").doesNotContain("at org.");
        }
        assertThat(links()).isEqualTo(links);
    }

    @Test
    void aPersonIsLinkedOnlyByAVerifiedNhsNumberWithTheirDateOfBirthOnceTheyConfirm(CapturedOutput log) {
        String nhs = tandem.people.NhsNumber.withCheckDigit("999100123").orElseThrow().digits();
        UUID alex = DemoUsers.personId(jdbc, "alex");
        jdbc.sql("UPDATE person SET nhs_number = :n, nhs_number_status = 'UNVERIFIED' WHERE id = :p").param("n", nhs).param("p", alex)
                .update();
        provider.addUser("alex.nhs", Map.of("nhs_number", nhs, "birthdate", "1991-04-12", "identity_proofing_level", "P9"));
        provider.addUser("alex.wrongbirth", Map.of("nhs_number", nhs, "birthdate", "1991-04-13", "identity_proofing_level", "P9"));
        long accounts = count("account");
        long personLinksBefore = personLinks();

        // an unverified number never links
        OidcBrowser first = new OidcBrowser(provider.issuer());
        HttpResponse<String> refused = personSignIn(first, "alex.nhs");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("We could not link your sign-in to your record").contains("href=\"/college/register\"")
                .doesNotContain("Alex").doesNotContain("Morgan");

        // a verified number with another date of birth never links
        jdbc.sql("UPDATE person SET nhs_number_status = 'CHECKED_BY_WORKER' WHERE id = :p").param("p", alex).update();
        OidcBrowser second = new OidcBrowser(provider.issuer());
        assertThat(personSignIn(second, "alex.wrongbirth").statusCode()).isEqualTo(403);
        assertThat(personLinks()).isEqualTo(personLinksBefore);

        // verified number and the same date of birth: a page says what linking means, naming nobody
        OidcBrowser b = new OidcBrowser(provider.issuer());
        HttpResponse<String> confirm = personSignIn(b, "alex.nhs");
        assertThat(confirm.statusCode()).isEqualTo(200);
        assertThat(confirm.uri().getPath()).isEqualTo("/login/sso/link");
        assertThat(confirm.body()).contains("Linking means").doesNotContain("Alex").doesNotContain("Morgan").doesNotContain(nhs);
        assertThat(b.get(tandem() + "/api/v1/me").statusCode()).as("not signed in before confirming").isEqualTo(401);
        assertThat(personLinks()).isEqualTo(personLinksBefore);

        HttpResponse<String> home = b.followFrom(b.submit(confirm, "/login/sso/link", Map.of()));
        assertThat(home.uri().getPath()).isEqualTo("/");
        assertThat(me(b)).contains("\"username\":\"alex\"");
        assertThat(count("account")).as("alex's own account is used").isEqualTo(accounts);
        assertThat(jdbc.sql("SELECT identity_proofing_level FROM sso_link l JOIN account a ON a.id = l.account_id WHERE a.username = 'alex'")
                .query(String.class).single())
                .isEqualTo("P9");

        // the person client sent vtr, used PKCE, and authenticated with private_key_jwt (the provider accepts nothing else)
        Map<String, String> authorize = provider.authorizationRequests().stream()
                .filter(a -> TestProvider.PERSON_CLIENT.equals(a.get("client_id"))).reduce((x, y) -> y).orElseThrow();
        assertThat(authorize).containsEntry("vtr", VTR).containsEntry("code_challenge_method", "S256");
        Map<String, String> token = provider.tokenRequests().stream()
                .filter(t -> "urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(t.get("client_assertion_type")))
                .reduce((x, y) -> y).orElseThrow();
        assertThat(token).containsEntry("basic_auth", "false").containsKey("client_assertion").containsKey("code_verifier");

        // a later sign-in goes straight in
        OidcBrowser later = new OidcBrowser(provider.issuer());
        assertThat(personSignIn(later, "alex.nhs").uri().getPath()).isEqualTo("/");
        assertThat(log.getOut()).doesNotContain(nhs);
    }

    @Test
    void aPersonWithoutAnAccountGetsOneOnlyOnConfirmingAndAReplayedConfirmationLinksNothing() {
        tandem.people.PeopleAdministration people = context.getBean(tandem.people.PeopleAdministration.class);
        String nhs = tandem.people.NhsNumber.withCheckDigit("999200456").orElseThrow().digits();
        tandem.shared.ids.PersonId person = people.createPerson(tandem.support.PersonFixture.administrator(jdbc),
                new tandem.people.PersonForm("Nova", "Quill", "", "", "1999-02-03", "", "", false, false, false, "", "", "", nhs, true));
        provider.addUser("nova", Map.of("nhs_number", nhs, "birthdate", "1999-02-03"));
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE person_id = :p").param("p", person.value()).query(Long.class).single())
                .isZero();

        OidcBrowser b = new OidcBrowser(provider.issuer());
        HttpResponse<String> confirm = personSignIn(b, "nova");
        assertThat(confirm.uri().getPath()).isEqualTo("/login/sso/link");
        assertThat(confirm.body()).doesNotContain("Nova").doesNotContain("Quill");
        b.followFrom(b.submit(confirm, "/login/sso/link", Map.of()));
        assertThat(me(b)).contains("\"username\":\"nhs-");
        assertThat(jdbc.sql("SELECT count(*) FROM account a JOIN account_role r ON r.account_id = a.id WHERE a.person_id = :p AND r.role = 'PERSON'")
                .param("p", person.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :p AND object_type = 'single sign-on link'")
                .param("p", person.value()).query(Long.class).single()).as("the link is in the person's audit trail").isEqualTo(1);

        // confirming again (the page re-posted) finds nothing waiting: 400-class page, nothing more made
        long accounts = count("account");
        HttpResponse<String> again = b.followFrom(b.submit(confirm, "/login/sso/link", Map.of()));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(count("account")).isEqualTo(accounts);
    }

    @Autowired
    org.springframework.context.ApplicationContext context;

    /** A worker invites the person from their page; the path of the link in the e-mail. */
    String invitationLink(tandem.shared.ids.PersonId person, String address) throws Exception {
        OidcBrowser sam = new OidcBrowser(provider.issuer());
        passwordSignIn(sam, "sam");
        HttpResponse<String> page = sam.get(tandem() + "/people/" + person);
        assertThat(page.statusCode()).isEqualTo(200);
        sam.followFrom(sam.submit(page, "/people/" + person + "/invitations", Map.of("email", address)));
        java.util.regex.Pattern link = java.util.regex.Pattern.compile("http://[^/\\s]+(/invitations/[A-Za-z0-9_-]+)");
        long until = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < until) {
            for (var m : SMTP.getReceivedMessages()) {
                if (m.getAllRecipients()[0].toString().equals(address)) {
                    var found = link.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(m).replace("=\r\n", ""));
                    if (found.find()) {
                        return found.group(1);
                    }
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no invitation e-mail to " + address);
    }

    tandem.shared.ids.PersonId personOnSamsTeam(String given) {
        UUID team = jdbc.sql("SELECT team_id FROM team_member WHERE staff_id = :s LIMIT 1").param("s", DemoUsers.staffId(jdbc, "sam"))
                .query(UUID.class).single();
        return context.getBean(tandem.people.PeopleAdministration.class).createPerson(tandem.support.PersonFixture.administrator(jdbc),
                new tandem.people.PersonForm(given, "Invited", "", "", "", "", "", false, false, false, team.toString(), "", "", "", false));
    }

    @Test
    void anInvitedPersonCanUseTheirOwnSignInInsteadOfAPasswordAndTheLinkWorksOnce() throws Exception {
        tandem.shared.ids.PersonId person = personOnSamsTeam("Orla");
        String link = invitationLink(person, "orla.invited@example.org");
        // no NHS number in this sign-in: the invitation, not a number, says which record
        provider.addUser("orla", Map.of("email", "orla.invited@example.org", "email_verified", true));

        OidcBrowser b = new OidcBrowser(provider.issuer());
        HttpResponse<String> page = b.get(tandem() + link);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Continue with NHS login");
        HttpResponse<String> held = b.submit(page, link + "/provider", Map.of());
        assertThat(held.statusCode()).isEqualTo(302);
        assertThat(OidcBrowser.location(held)).endsWith("/oauth2/authorization/person");
        HttpResponse<String> confirm = personSignIn(b, "orla");
        assertThat(confirm.uri().getPath()).isEqualTo("/login/sso/link");
        assertThat(confirm.body()).contains("You opened an invitation from your care team");
        assertThat(jdbc.sql("SELECT count(*) FROM account WHERE person_id = :p").param("p", person.value()).query(Long.class).single())
                .as("nothing is made before the person confirms").isZero();

        b.followFrom(b.submit(confirm, "/login/sso/link", Map.of()));
        assertThat(me(b)).contains(person.value().toString());
        assertThat(jdbc.sql("SELECT count(*) FROM invitation WHERE person_id = :p AND used_at IS NOT NULL AND account_id IS NOT NULL")
                .param("p", person.value()).query(Long.class).single()).as("the invitation is used up").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM sso_link l JOIN account a ON a.id = l.account_id WHERE a.person_id = :p AND l.registration = 'person'")
                .param("p", person.value()).query(Long.class).single()).isEqualTo(1);

        // the link is spent: 410 for the page and for another provider sign-in through it
        OidcBrowser other = new OidcBrowser(provider.issuer());
        HttpResponse<String> gone = other.get(tandem() + link);
        assertThat(gone.statusCode()).isEqualTo(410);
        assertThat(other.post(tandem() + link + "/provider", Map.of("_csrf", OidcBrowser.csrf(page.body()))).statusCode())
                .as("refused: a spent link, or a token not of this session").isIn(403, 410);
    }

    @Test
    void anInvitationIsNotLinkedWhenTheProvidersNhsNumberIsVerifiedForSomeoneElse() throws Exception {
        tandem.people.PeopleAdministration people = context.getBean(tandem.people.PeopleAdministration.class);
        String nhs = tandem.people.NhsNumber.withCheckDigit("999300567").orElseThrow().digits();
        people.createPerson(tandem.support.PersonFixture.administrator(jdbc),
                new tandem.people.PersonForm("Someone", "Else", "", "", "1990-01-01", "", "", false, false, false, "", "", "", nhs, true));
        tandem.shared.ids.PersonId person = personOnSamsTeam("Wren");
        String link = invitationLink(person, "wren.invited@example.org");
        provider.addUser("not.wren", Map.of("nhs_number", nhs, "birthdate", "1990-01-01"));
        long accounts = count("account");

        OidcBrowser b = new OidcBrowser(provider.issuer());
        HttpResponse<String> page = b.get(tandem() + link);
        b.submit(page, link + "/provider", Map.of());
        HttpResponse<String> refused = personSignIn(b, "not.wren");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.uri().toString()).endsWith("/login/sso/problem?reason=person_not_linked");
        assertThat(count("account")).isEqualTo(accounts);
        assertThat(b.get(tandem() + link).statusCode()).as("the invitation still works for the person it was sent to").isEqualTo(200);
    }

    @Test
    void whenAnAdministratorRequiresSingleSignOnStaffPasswordsAreRefusedButPeoplesStillWork() {
        OidcBrowser admin = new OidcBrowser(provider.issuer());
        passwordSignIn(admin, "admin");
        HttpResponse<String> page = admin.get(tandem() + "/admin/sso");
        assertThat(page.statusCode()).isEqualTo(200);
        admin.followFrom(admin.submit(page, "/admin/sso/required", Map.of("required", "true")));
        try {
            OidcBrowser sam = new OidcBrowser(provider.issuer());
            HttpResponse<String> refused = passwordSignIn(sam, "tutor");
            assertThat(refused.uri().toString()).endsWith("/login?sso");
            assertThat(refused.body()).contains("Staff sign in with their organisation account here");
            assertThat(sam.get(tandem() + "/api/v1/me").statusCode()).isEqualTo(401);

            OidcBrowser alex = new OidcBrowser(provider.issuer());
            assertThat(passwordSignIn(alex, "alex").uri().getPath()).isEqualTo("/");
            assertThat(me(alex)).contains("\"username\":\"alex\"");
        } finally {
            HttpResponse<String> again = admin.get(tandem() + "/admin/sso");
            admin.followFrom(admin.submit(again, "/admin/sso/required", Map.of("required", "false")));
        }
        assertThat(passwordSignIn(new OidcBrowser(provider.issuer()), "tutor").uri().getPath()).isEqualTo("/");
    }

    HttpResponse<String> passwordSignIn(OidcBrowser b, String username) {
        HttpResponse<String> login = b.get(tandem() + "/login");
        return b.followFrom(b.submit(login, "/login", Map.of("username", username, "password", DemoUsers.PASSWORD)));
    }

    @Test
    void staffWhoseSingleSignOnHasNotBeenUsedForNinetyDaysAreListedForReview() {
        UUID lead = jdbc.sql("SELECT id FROM account WHERE username = 'lead'").query(UUID.class).single();
        UUID college = jdbc.sql("SELECT id FROM account WHERE username = 'college'").query(UUID.class).single();
        jdbc.sql("""
                INSERT INTO sso_link (id, account_id, registration, issuer, subject, created_at, last_used_at)
                VALUES (gen_random_uuid(), :a, 'staff', 'http://review.example', 'old', now() - interval '200 days', now() - interval '91 days'),
                       (gen_random_uuid(), :b, 'staff', 'http://review.example', 'recent', now() - interval '200 days', now() - interval '89 days')""")
                .param("a", lead).param("b", college).update();
        OidcBrowser admin = new OidcBrowser(provider.issuer());
        passwordSignIn(admin, "admin");
        HttpResponse<String> page = admin.get(tandem() + "/admin/sso");
        assertThat(page.body()).contains("Not used for 90 days").contains("<td>lead</td>").doesNotContain("<td>college</td>");
        OidcBrowser sam = new OidcBrowser(provider.issuer());
        passwordSignIn(sam, "sam");
        assertThat(sam.get(tandem() + "/admin/sso").statusCode()).isEqualTo(403);
    }

    @Test
    void theSignInPageOffersBothProviders() {
        String page = new OidcBrowser(provider.issuer()).get(tandem() + "/login").body();
        assertThat(page).contains("href=\"/oauth2/authorization/staff\"").contains("href=\"/oauth2/authorization/person\"")
                .contains("Sign in with your organisation account").contains("Sign in with NHS login");
    }

    @Test
    void aConfiguredStaffIdentifierClaimLinksTheStaffAccountOfThatUsernameAndNoOther() {
        provider.addUser("pat.by.claim", Map.of("tandem_username", "pat"));
        provider.addUser("alex.by.claim", Map.of("tandem_username", "alex"));
        OidcBrowser b = new OidcBrowser(provider.issuer());
        assertThat(staffSignIn(b, "pat.by.claim").uri().getPath()).isEqualTo("/");
        assertThat(me(b)).contains("\"username\":\"pat\"");
        // a person's account is never reached through the staff sign-in
        OidcBrowser c = new OidcBrowser(provider.issuer());
        assertThat(staffSignIn(c, "alex.by.claim").statusCode()).isEqualTo(403);
        assertThat(c.get(tandem() + "/api/v1/me").statusCode()).isEqualTo(401);
    }
}
