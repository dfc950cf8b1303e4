package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.shared.error.RuleRefusedException;
import tandem.support.PersonFixture;

/** With no provider configured, sign-in is as it always was: no buttons, no OpenID Connect endpoints, and SSO cannot be required. */
@SpringBootTest(properties = "tandem.demo.seed=true")
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class SingleSignOnOffTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    SingleSignOn sso;

    @Autowired
    JdbcClient jdbc;

    @Test
    void withNoIssuerConfiguredSignInIsPasswordsOnly() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Sign in to Tandem").doesNotContain("/oauth2/authorization/");
        assertThat(mvc.perform(get("/oauth2/authorization/staff")).andReturn().getResponse().getRedirectedUrl())
                .as("no OpenID Connect filter: the address is just a page that needs signing in").endsWith("/login");
        assertThat(sso.staffConfigured()).isFalse();
        assertThatThrownBy(() -> sso.setRequiredForStaff(PersonFixture.administrator(jdbc), true))
                .isInstanceOf(RuleRefusedException.class);
        assertThat(sso.requiredForStaff()).isFalse();
    }
}
