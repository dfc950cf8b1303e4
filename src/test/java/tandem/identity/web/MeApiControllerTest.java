package tandem.identity.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tandem.identity.internal.WebSliceSecurity.signedInAs;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;

import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.identity.internal.WebSliceSecurity;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/** A web slice: the controller, Spring MVC and Tandem's security, nothing else. */
@WebMvcTest(MeApiController.class)
@Import(WebSliceSecurity.class)
class MeApiControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void answersWhoIsSignedInWithTheirIdsAsUuids() throws Exception {
        PersonId person = PersonId.random();
        OrganisationId org = OrganisationId.random();
        CurrentUser alex = new CurrentUser(AccountId.random(), "alex", "Alex Morgan", Set.of(Role.PERSON), person, null, org);
        mvc.perform(get("/api/v1/me").with(signedInAs(alex)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("alex"))
                .andExpect(jsonPath("$.roles[0]").value("PERSON"))
                .andExpect(jsonPath("$.personId").value(person.value().toString()))
                .andExpect(jsonPath("$.organisationId").value(org.value().toString()))
                .andExpect(jsonPath("$.staffId").doesNotExist());
    }

    @Test
    void refusesAnAnonymousCallerWith401AndAProblem() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }
}
