package tandem.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.InputStream;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.support.DemoUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class ResourcesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyReferenceTheSeedCitesIsInTheLibraryWithoutSigningIn() throws Exception {
        JsonNode shipped;
        try (InputStream in = getClass().getResourceAsStream("/community/resources.json")) {
            shipped = JsonMapper.builder().build().readTree(in);
        }
        assertThat(shipped.size()).isGreaterThanOrEqualTo(25);
        mvc.perform(get("/api/v1/resources")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(shipped.size()));
        mvc.perform(get("/api/v1/resources").param("query", "Leamy")).andExpect(jsonPath("$[*].key")
                .value(org.hamcrest.Matchers.hasItems("leamy-2011", "le-boutillier-2011")));
        mvc.perform(get("/api/v1/resources").param("query", "REFOCUS")).andExpect(jsonPath("$[0].url")
                .value("https://researchintorecovery.com/refocus"));
        mvc.perform(get("/api/v1/resources").param("query", "1993")).andExpect(jsonPath("$[0].key").value("anthony-1993"));
        mvc.perform(get("/api/v1/resources").param("query", "%")).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/resources").param("topic", "TEA")).andExpect(status().isBadRequest());
        String page = mvc.perform(get("/resources").param("topic", "PEER_SUPPORT")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Repper", "Mutual-help groups and recovery").doesNotContain("Anthony");
        mvc.perform(get("/resources/leamy-2011")).andExpect(status().isOk());
        mvc.perform(get("/resources/no-such-thing")).andExpect(status().isNotFound());
    }

    @Test
    void theLibraryDownloadsAsRisAndBibtexForTheSameFilter() throws Exception {
        String ris = mvc.perform(get("/resources/export.ris").param("topic", "REFOCUS")).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"tandem-resources.ris\""))
                .andReturn().getResponse().getContentAsString();
        assertThat(ris).contains("TI  - REFOCUS: Promoting recovery in community mental health services").doesNotContain("Anthony");
        String bib = mvc.perform(get("/resources/export.bib")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        int entries = jdbc.sql("SELECT count(*) FROM library_resource").query(Integer.class).single();
        assertThat(bib.split("\n@", -1).length).isEqualTo(entries);
        assertThat(bib).contains("@article{leamy-2011,");
    }

    @Test
    void theChimeCheckInLinksItsWhyWeAskPanelToTheResearch() throws Exception {
        Cookie[] alex = DemoUsers.login(mvc, "alex");
        assertThat(mvc.perform(get("/me/measures/CHIME_CHECKIN/new").cookie(alex)).andReturn().getResponse()
                .getContentAsString()).contains("Why we ask this", "href=\"/resources/leamy-2011\"");
    }

    @Test
    void administratorsAddAndCorrectEntriesWithClearErrors() throws Exception {
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        String form = mvc.perform(post("/admin/resources").cookie(admin).with(csrf()).param("key", "Bad Key")
                .param("year", "20x1").param("url", "javascript:alert(1)")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(form).contains("Enter a short name of lower-case letters", "Enter at least one author",
                "Enter the year of publication as four digits", "Enter the link as a web address", "Choose at least one topic");
        mvc.perform(post("/admin/resources").cookie(admin).with(csrf()).param("key", "leamy-2011").param("authors", "X")
                .param("year", "2011").param("title", "T").param("source", "S").param("type", "ARTICLE")
                .param("topics", "WELLBEING")).andExpect(status().isOk());
        mvc.perform(post("/admin/resources").cookie(admin).with(csrf()).param("key", "nef-five-ways-2008")
                .param("authors", "New Economics Foundation").param("year", "2008").param("title", "Five ways to wellbeing")
                .param("source", "London: NEF").param("type", "REPORT").param("topics", "WELLBEING"))
                .andExpect(status().is3xxRedirection());
        long version = jdbc.sql("SELECT version FROM library_resource WHERE key = 'nef-five-ways-2008'").query(Long.class).single();
        mvc.perform(post("/admin/resources/nef-five-ways-2008").cookie(admin).with(csrf()).param("authors", "NEF")
                .param("year", "2008").param("title", "Five ways to wellbeing: the evidence").param("source", "London: NEF")
                .param("type", "REPORT").param("topics", "WELLBEING").param("version", String.valueOf(version)))
                .andExpect(status().is3xxRedirection());
        String stale = mvc.perform(post("/admin/resources/nef-five-ways-2008").cookie(admin).with(csrf()).param("authors", "NEF")
                .param("year", "2008").param("title", "Lost update").param("source", "London: NEF").param("type", "REPORT")
                .param("topics", "WELLBEING").param("version", String.valueOf(version))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(stale).contains("Someone else changed this resource");
        mvc.perform(get("/api/v1/resources").param("query", "the evidence")).andExpect(jsonPath("$[0].authors[0]").value("NEF"));
    }
}
