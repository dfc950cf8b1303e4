package tandem.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.shared.ids.StaffId;
import tandem.support.DemoUsers;
import tandem.support.PersonFixture;

/** A leaver's account is disabled by an administrator: it stops signing in and is signed out everywhere at once. */
@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class StaffAccountsTest {

    static final String PASSWORD = "a password for a leaver test";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleAdministration people;

    StaffId staff(String username) {
        return people.createStaff(PersonFixture.administrator(jdbc), new StaffForm("Lee", "Ver", "", "Support worker", List.of("PRACTITIONER"),
                List.of(), username, PASSWORD));
    }

    long audited(StaffId staff, String what) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = :w AND object_id = :s").param("w", what)
                .param("s", staff.toString()).query(Long.class).single();
    }

    @Test
    void aDisabledAccountIsSignedOutAtOnceCannotSignInAndCanBeEnabledAgain() throws Exception {
        StaffId leaver = staff("lee.ver1");
        Cookie[] theirs = DemoUsers.login(mvc, "lee.ver1", PASSWORD);
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        mvc.perform(post("/admin/staff/" + leaver + "/account/disable").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff/" + leaver));
        mvc.perform(get("/api/v1/me").cookie(theirs)).andExpect(status().isUnauthorized());
        assertThatThrownBy(() -> DemoUsers.login(mvc, "lee.ver1", PASSWORD)).hasMessageContaining("Could not sign in");
        assertThat(audited(leaver, "staff account disabled")).isEqualTo(1);
        mvc.perform(post("/admin/staff/" + leaver + "/account/enable").cookie(admin).with(csrf()))
                .andExpect(redirectedUrl("/admin/staff/" + leaver));
        DemoUsers.login(mvc, "lee.ver1", PASSWORD);
        assertThat(audited(leaver, "staff account enabled")).isEqualTo(1);
    }

    @Test
    void onlyAnAdministratorDisablesAndNeverTheirOwnAccount() throws Exception {
        StaffId leaver = staff("lee.ver2");
        mvc.perform(post("/admin/staff/" + leaver + "/account/disable").cookie(DemoUsers.login(mvc, "lead")).with(csrf()))
                .andExpect(status().isForbidden());
        DemoUsers.login(mvc, "lee.ver2", PASSWORD);
        StaffId self = StaffId.of(DemoUsers.staffId(jdbc, "admin"));
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        mvc.perform(post("/admin/staff/" + self + "/account/disable").cookie(admin).with(csrf())).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/api/v1/me").cookie(admin)).andExpect(status().isOk());
        mvc.perform(post("/admin/staff/" + StaffId.random() + "/account/disable").cookie(admin).with(csrf())).andExpect(status().isNotFound());
    }
}
