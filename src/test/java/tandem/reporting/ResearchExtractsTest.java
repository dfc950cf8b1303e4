package tandem.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ResearchExtractsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Cookie[] researcher;
    UUID alexId;
    UUID joId;

    @BeforeAll
    void signIn() throws Exception {
        researcher = DemoUsers.login(mvc, "researcher");
        alexId = DemoUsers.personId(jdbc, "alex");
        joId = DemoUsers.personId(jdbc, "jo");
    }

    Map<String, String> extract() throws Exception {
        byte[] zip = mvc.perform(post("/research/extracts").cookie(researcher).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    int consenting() {
        return jdbc.sql("""
                SELECT count(*) FROM research_consent r JOIN person p ON p.id = r.person_id
                WHERE r.consented AND p.organisation_id = (SELECT organisation_id FROM person WHERE id = :a)
                """).param("a", alexId).query(Integer.class).single();
    }

    @Test
    void anExtractHoldsOnlyPeopleWhoSaidYesUnderCodesWithoutNamesAndWithMonthDates() throws Exception {
        Map<String, String> files = extract();
        assertThat(files).containsKeys("extract.csv", "data-dictionary.csv");
        List<String> lines = files.get("extract.csv").lines().toList();
        assertThat(lines.get(0)).isEqualTo("participant,record,item,scale,value,scored,band,definition_version,date,source");
        long participants = lines.stream().skip(1).map(l -> l.split(",")[0]).distinct().count();
        assertThat(participants).isEqualTo(consenting());
        assertThat(lines.stream().skip(1).filter(l -> l.contains(",RESPONSE,")).map(l -> l.split(",")[8]))
                .isNotEmpty().allMatch(d -> d.matches("\\d{4}-\\d{2}"));
        List<String> names = jdbc.sql("SELECT given_name FROM person UNION SELECT family_name FROM person").query(String.class).list();
        String text = files.get("extract.csv");
        assertThat(names).noneMatch(n -> text.contains("," + n + ","));
        assertThat(text).doesNotContain(alexId.toString()).doesNotContain(joId.toString());
        assertThat(files.get("data-dictionary.csv")).contains("participant").contains("definition_version");
    }

    @Test
    void codesDifferBetweenExtractsSoTheyCannotBeLinked() throws Exception {
        String first = extract().get("extract.csv").lines().skip(1).map(l -> l.split(",")[0]).sorted().findFirst().orElseThrow();
        assertThat(extract().get("extract.csv")).doesNotContain(first);
    }

    @Test
    void everyExtractIsAuditedAndIncludedPeopleSeeItInTheirAccessLog() throws Exception {
        int before = jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND object_type = 'research extract'")
                .query(Integer.class).single();
        extract();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND object_type = 'research extract'")
                .query(Integer.class).single()).isEqualTo(before + 1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND person_id = :p").param("p", alexId)
                .query(Integer.class).single()).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'EXPORT' AND person_id = :p").param("p", joId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void theResearchPageListsTheExtractsMadeWithHowTheirDatesWereWritten() throws Exception {
        extract();
        String page = mvc.perform(get("/research").cookie(researcher)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("cut to the month").contains("<td>to the month</td>").doesNotContain("<td>shifted</td>");
    }

    @Test
    void aPersonWhoWithdrawsIsLeftOutOfTheNextExtract() throws Exception {
        Cookie[] jo = DemoUsers.login(mvc, "jo");
        int before = consenting();
        mvc.perform(post("/me/research").param("choice", "yes").cookie(jo).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(consenting()).isEqualTo(before + 1);
        mvc.perform(post("/me/research").param("choice", "no").cookie(jo).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(consenting()).isEqualTo(before);
        mvc.perform(post("/me/research").param("choice", "maybe").cookie(jo).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/research/extracts").cookie(DemoUsers.login(mvc, "lead")).with(csrf())).andExpect(status().isForbidden());
    }
}
