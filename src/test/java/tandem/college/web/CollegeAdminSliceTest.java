package tandem.college.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tandem.identity.internal.WebSliceSecurity.signedInAs;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import tandem.college.CollegeDashboard;
import tandem.college.CourseAdministration;
import tandem.college.Students;
import tandem.college.TermId;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.identity.internal.WebSliceSecurity;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;

/**
 * A web slice of the college administrator's pages: the controller, Spring MVC, the real templates
 * and Tandem's security, with the college's façades mocked. Whether the caller is an administrator is
 * the college's decision; this checks what the web layer does with a form and a refusal.
 */
@WebMvcTest(CollegeAdminController.class)
@Import(WebSliceSecurity.class)
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class})
class CollegeAdminSliceTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    CourseAdministration courses;
    @MockitoBean
    Students students;
    @MockitoBean
    CollegeDashboard dashboard;

    static final CurrentUser LEE = new CurrentUser(AccountId.random(), "lee", "Lee Admin", Set.of(Role.COLLEGE_ADMIN), null,
            StaffId.random(), OrganisationId.random());

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/college/admin/terms")).andExpect(status().is3xxRedirection());
        verifyNoInteractions(courses);
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
        mvc.perform(post("/college/admin/terms").with(signedInAs(LEE)).param("name", "Spring 2027")).andExpect(status().isForbidden());
        verifyNoInteractions(courses);
    }

    @Test
    void aNewTermBindsToTheFormRecordAndIsAdded() throws Exception {
        when(courses.addTerm(any(), anyString(), anyString(), anyString(), anyString(), anyString())).thenReturn(TermId.random());
        mvc.perform(post("/college/admin/terms").with(signedInAs(LEE)).with(csrf()).param("name", "Spring 2027")
                .param("startsOn", "2027-04-12").param("endsOn", "2027-07-16").param("opensOn", "2027-03-01").param("opensAt", "09:00"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/college/admin/terms"));
        verify(courses).addTerm(eq(LEE), eq("Spring 2027"), eq("2027-04-12"), eq("2027-07-16"), eq("2027-03-01"), eq("09:00"));
    }

    @Test
    void aRefusedTermComesBackWithTheFieldNamedAndWhatWasTyped() throws Exception {
        when(courses.termsOf(any())).thenReturn(List.of());
        when(courses.addTerm(any(), any(), any(), any(), any(), any()))
                .thenThrow(new InvalidInputException("endsOn", "The last day must be on or after the first"));
        String page = mvc.perform(post("/college/admin/terms").with(signedInAs(LEE)).with(csrf()).param("name", "Spring 2027")
                .param("startsOn", "2027-04-12").param("endsOn", "2027-01-01").param("opensOn", "2027-03-01").param("opensAt", "09:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The last day must be on or after the first").contains("value=\"Spring 2027\"")
                .contains("value=\"2027-01-01\"");
    }
}
