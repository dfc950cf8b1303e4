package tandem.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.PeopleImport.RowProblem;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;
import tandem.support.DemoUsers;

/** A person's NHS number: entered, refused when wrong or taken, found by staff, checked by a worker, kept from everyone else. */
@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class NhsNumberRecordTest {

    /** Fresh numbers from the range the NHS never issues (starting 999), different in every test. */
    private static final AtomicInteger NEXT = new AtomicInteger(900_001);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleImport importer;

    Cookie[] admin;

    @BeforeEach
    void signIn() throws Exception {
        admin = DemoUsers.login(mvc, "admin");
    }

    static NhsNumber fresh() {
        while (true) {
            var n = NhsNumber.withCheckDigit("999" + NEXT.getAndAdd(7));
            if (n.isPresent()) {
                return n.get();
            }
        }
    }

    UUID create(String family, String nhsNumber, UUID team) throws Exception {
        String body = "{\"givenName\":\"Nia\",\"familyName\":\"" + family + "\",\"nhsNumber\":" + (nhsNumber == null ? "null" : "\"" + nhsNumber + "\"")
                + (team == null ? "" : ",\"teamId\":\"" + team + "\"") + "}";
        String created = mvc.perform(post("/api/v1/people").cookie(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(created, "$.id"));
    }

    long people() {
        return jdbc.sql("SELECT count(*) FROM person").query(Long.class).single();
    }

    String nhsStatus(UUID person) {
        return jdbc.sql("SELECT nhs_number_status FROM person WHERE id = :p").param("p", person).query(String.class).single();
    }

    UUID samsTeam() {
        return jdbc.sql("SELECT m.team_id FROM team_member m WHERE m.staff_id = :s LIMIT 1").param("s", DemoUsers.staffId(jdbc, "sam"))
                .query(UUID.class).single();
    }

    @Test
    void aValidNumberIsKeptAsItsTenDigitsNotYetChecked() throws Exception {
        NhsNumber n = fresh();
        UUID id = create("Valid", n.formatted(), null);
        mvc.perform(get("/api/v1/people/" + id).cookie(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.nhsNumber").value(n.digits()));
        assertThat(nhsStatus(id)).isEqualTo("UNVERIFIED");
    }

    @Test
    void aWrongCheckDigitIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
        String digits = fresh().digits();
        String wrong = digits.substring(0, 9) + (char) ('0' + (digits.charAt(9) - '0' + 1) % 10);
        long before = people();
        mvc.perform(post("/api/v1/people").cookie(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenName\":\"Nia\",\"familyName\":\"Wrong\",\"nhsNumber\":\"" + wrong + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nhsNumber"));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void aNumberAnotherPersonOfTheOrganisationHoldsIsRefused() throws Exception {
        NhsNumber n = fresh();
        create("First", n.digits(), null);
        long before = people();
        mvc.perform(post("/api/v1/people").cookie(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenName\":\"Nia\",\"familyName\":\"Second\",\"nhsNumber\":\"" + n.formatted() + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("nhsNumber"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("already has this NHS number")));
        assertThat(people()).isEqualTo(before);
    }

    @Test
    void staffFindAPersonByTheWholeNumberButNeverByPartOfIt() throws Exception {
        NhsNumber n = fresh();
        UUID id = create("Findable", n.digits(), samsTeam());
        mvc.perform(get("/api/v1/people").param("query", n.formatted()).cookie(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id.toString())).andExpect(jsonPath("$.total").value(1));
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(get("/api/v1/people").param("query", n.digits()).cookie(sam)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(id.toString()));
        mvc.perform(get("/api/v1/people").param("query", n.digits().substring(0, 6)).cookie(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(0));
    }

    @Test
    void aWorkerRecordsThatTheyCheckedTheNumberTheySawAndItIsAudited() throws Exception {
        NhsNumber n = fresh();
        UUID id = create("Checked", n.digits(), samsTeam());
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(get("/people/" + id).cookie(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString(n.formatted() + " (not checked yet)")))
                .andExpect(content().string(containsString("I have checked the NHS number " + n.formatted())));
        // a number other than the one held (changed since the page was opened) changes nothing
        mvc.perform(post("/people/" + id + "/nhs-number/checked").cookie(sam).with(csrf()).param("nhsNumber", fresh().digits()))
                .andExpect(redirectedUrl("/people/" + id)).andExpect(flash().attribute("flash", containsString("has changed")));
        assertThat(nhsStatus(id)).isEqualTo("UNVERIFIED");
        int audited = jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'NHS number' AND object_id = :p")
                .param("p", id.toString()).query(Integer.class).single();
        mvc.perform(post("/people/" + id + "/nhs-number/checked").cookie(sam).with(csrf()).param("nhsNumber", n.digits()))
                .andExpect(redirectedUrl("/people/" + id));
        assertThat(nhsStatus(id)).isEqualTo("CHECKED_BY_WORKER");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'NHS number' AND object_id = :p")
                .param("p", id.toString()).query(Integer.class).single()).isEqualTo(audited + 1);
        mvc.perform(get("/people/" + id).cookie(sam)).andExpect(status().isOk())
                .andExpect(content().string(containsString(n.formatted() + " (checked by a worker)")))
                .andExpect(content().string(not(containsString("I have checked the NHS number"))));
    }

    @Test
    void nobodyWhoMayNotSeeThePersonCanCheckTheirNumber() throws Exception {
        NhsNumber n = fresh();
        UUID id = create("NotPats", n.digits(), null);
        for (String user : new String[] {"pat", "alex", "robin", "tutor"}) {
            mvc.perform(post("/people/" + id + "/nhs-number/checked").cookie(DemoUsers.login(mvc, user)).with(csrf()).param("nhsNumber", n.digits()))
                    .andExpect(status().isNotFound());
        }
        assertThat(nhsStatus(id)).isEqualTo("UNVERIFIED");
    }

    @Test
    void thePersonAndTheirSupporterNeverSeeTheNumberButTheirWorkerDoes() throws Exception {
        UUID alex = DemoUsers.personId(jdbc, "alex");
        String digits = jdbc.sql("SELECT nhs_number FROM person WHERE id = :p").param("p", alex).query(String.class).single();
        assertThat(digits).as("the demo gives Alex a number from the range never issued").startsWith("999");
        String formatted = new NhsNumber(digits).formatted();
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        mvc.perform(get("/api/v1/people/" + alex).cookie(alexSession)).andExpect(jsonPath("$.nhsNumber").doesNotExist());
        mvc.perform(get("/me").cookie(alexSession)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(formatted)))).andExpect(content().string(not(containsString(digits))));
        mvc.perform(get("/api/v1/people/" + alex).cookie(DemoUsers.login(mvc, "robin"))).andExpect(jsonPath("$.nhsNumber").doesNotExist());
        mvc.perform(get("/api/v1/people/" + alex).cookie(DemoUsers.login(mvc, "sam"))).andExpect(jsonPath("$.nhsNumber").value(digits));
    }

    @Test
    void theImportTakesAnOptionalNhsNumberColumnAndRefusesWrongOrRepeatedNumbers() {
        UUID riverside = jdbc.sql("SELECT id FROM organisation WHERE name = 'Riverside Mental Health Services'").query(UUID.class).single();
        CurrentUser importing = new CurrentUser(AccountId.of(UUID.randomUUID()), "admin", "Ash", Set.of(Role.ADMIN), null,
                StaffId.of(DemoUsers.staffId(jdbc, "admin")), OrganisationId.of(riverside));
        String header = "type,given_name,family_name,preferred_name,pronouns,date_of_birth,email,phone,team,username,roles,job_title,nhs_number\n";
        NhsNumber a = fresh();
        long before = people();
        assertThatThrownBy(() -> importer.importCsv(importing, new StringReader(header
                + "person,Ola,One,,,,,,,,,," + a.formatted() + "\n"
                + "person,Ola,Two,,,,,,,,,," + a.digits() + "\n"
                + "person,Ola,Three,,,,,,,,,,1234567890\n")))
                .isInstanceOfSatisfying(PeopleImport.RefusedException.class, e -> assertThat(e.problems())
                        .extracting(RowProblem::line, RowProblem::field)
                        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3L, "nhs_number"),
                                org.assertj.core.groups.Tuple.tuple(4L, "nhs_number")));
        assertThat(people()).isEqualTo(before);
        importer.importCsv(importing, new StringReader(header + "person,Ola,One,,,,,,,,,," + a.formatted() + "\n"));
        assertThat(jdbc.sql("SELECT nhs_number_status FROM person WHERE nhs_number = :n").param("n", a.digits()).query(String.class).single())
                .as("an imported number is not yet checked").isEqualTo("UNVERIFIED");
    }
}
