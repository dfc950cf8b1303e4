package tandem.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class GroupsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    UUID group(String name) {
        return jdbc.sql("SELECT id FROM community_group WHERE name = :n").param("n", name).query(UUID.class).single();
    }

    @Test
    void theDirectoryIsPublicButNeverNamesMembersOrGivesOutTheOnlineLink() throws Exception {
        String page = mvc.perform(get("/groups")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Northside hearing voices group", "Saturday walk and talk", "Evening peer support online");
        UUID online = group("Evening peer support online");
        String detail = mvc.perform(get("/groups/" + online)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(detail).contains("Members see the joining link here").doesNotContain("meet.example.org");
        String walk = mvc.perform(get("/groups/" + group("Saturday walk and talk"))).andReturn().getResponse().getContentAsString();
        assertThat(walk).contains("2 members", "Note-taker").doesNotContain("Alex", "Jo ", "Pennington", "Morgan");
        String api = mvc.perform(get("/api/v1/groups")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(api).doesNotContain("meet.example.org", "alex", "Morgan").contains("\"online\":true");
        mvc.perform(get("/groups/" + UUID.randomUUID())).andExpect(status().isNotFound());
    }

    @Test
    void aMemberJoinsTakesOnARoleSeesTheLinkAndLeaves() throws Exception {
        Cookie[] robin = DemoUsers.login(mvc, "robin");
        UUID online = group("Evening peer support online");
        mvc.perform(post("/groups/" + online + "/join").cookie(robin).with(csrf()).param("role", "CO_FACILITATOR"))
                .andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/groups/" + online).cookie(robin)).andReturn().getResponse().getContentAsString())
                .contains("https://meet.example.org/tandem-evening-peer-support", "Change my role", "Taken by 1 member");
        mvc.perform(post("/groups/" + online + "/join").cookie(robin).with(csrf()).param("role", "BOSS"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("SELECT role FROM community_group_member m JOIN account a ON a.id = m.account_id "
                + "WHERE a.username = 'robin'").query(String.class).single()).isEqualTo("CO_FACILITATOR");
        mvc.perform(post("/groups/" + online + "/leave").cookie(robin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/groups/" + online).cookie(robin)).andReturn().getResponse().getContentAsString())
                .doesNotContain("meet.example.org");
        mvc.perform(post("/groups/" + online + "/leave").cookie(robin).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'group membership' AND actor = 'robin'")
                .query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void meetingsAreShownInUkTimeWithMachineReadableOffsets() throws Exception {
        String page = mvc.perform(get("/groups/" + group("Northside hearing voices group"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Tuesday, 6:30pm for 90 minutes (UK time)").containsPattern("datetime=\"\\d{4}-\\d\\d-\\d\\dT18:30[+Z]");
    }

    @Test
    void anAdministratorAddsAGroupAndBadInputIsExplainedAndNotSaved() throws Exception {
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        int before = jdbc.sql("SELECT count(*) FROM community_group").query(Integer.class).single();
        String form = mvc.perform(post("/admin/groups").cookie(admin).with(csrf()).param("name", "")
                .param("onlineUrl", "javascript:alert(1)").param("weekday", "9").param("startsAt", "25:99")
                .param("minutes", "5").param("everyWeeks", "1").param("firstMeeting", "2026-02-30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Enter the group's name", "Enter the online link as a web address starting with https://",
                "Choose the day of the week the group meets", "Enter the start time as hours and minutes, like 19:00",
                "Enter how long meetings last, from 15 to 480 minutes", "The date of the first meeting must be a real date");
        assertThat(jdbc.sql("SELECT count(*) FROM community_group").query(Integer.class).single()).isEqualTo(before);

        mvc.perform(post("/admin/groups").cookie(admin).with(csrf()).param("name", "Art together")
                .param("purpose", "Making art without pressure.").param("whoFor", "Anyone.").param("facilitator", "Jess")
                .param("place", "Library").param("weekday", "3").param("startsAt", "14:00").param("minutes", "60")
                .param("everyWeeks", "1").param("firstMeeting", "2026-12-02")).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/groups")).andReturn().getResponse().getContentAsString()).contains("Art together");
        Cookie[] pat = DemoUsers.login(mvc, "pat");
        mvc.perform(get("/admin/groups/new").cookie(pat)).andExpect(status().isForbidden());
    }
}
