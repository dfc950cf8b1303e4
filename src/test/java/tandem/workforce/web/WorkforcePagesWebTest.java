package tandem.workforce.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tandem.identity.internal.WebSliceSecurity.signedInAs;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.identity.internal.WebSliceSecurity;
import tandem.people.StaffView;
import tandem.shared.FieldProblem;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;
import tandem.workforce.LivedExperience;
import tandem.workforce.PeerRole;
import tandem.workforce.PeerWorkforce;
import tandem.workforce.PeerWorkforce.StaffRecord;

/**
 * A web slice of the workforce pages: the controller, Spring MVC, the templates and Tandem's
 * security, with the workforce module's façades as test doubles. The rules themselves are the
 * module's (see LivedExperienceTest and the access matrix); here: who gets in, what the forms bind,
 * that a form the page refuses never reaches the module, and that who may write is asked first.
 */
@WebMvcTest(WorkforceController.class)
@Import(WebSliceSecurity.class)
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class}) // the pages' templates
class WorkforcePagesWebTest {

    static final OrganisationId ORG = OrganisationId.random();
    static final CurrentUser LEAD = new CurrentUser(AccountId.random(), "lead", "Lee Marchetti", Set.of(Role.SERVICE_LEAD), null,
            StaffId.random(), ORG);
    static final CurrentUser PEER = new CurrentUser(AccountId.random(), "pat", "Pat Okafor", Set.of(Role.PEER_SUPPORT_WORKER), null,
            StaffId.random(), ORG);
    static final StaffView PAT = new StaffView(PEER.staffId(), ORG, "Pat", "Okafor", "pat@example.org", "Peer support worker",
            List.of(), 0);
    static final StaffView SUPERVISOR = new StaffView(StaffId.random(), ORG, "Sol", "Reyes", "sol@example.org", "Senior peer worker",
            List.of(), 0);
    static final StaffId PAT_ID = PAT.id();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    LivedExperience lived;

    @MockitoBean
    PeerWorkforce peers;

    @BeforeEach
    void patsRecord() {
        StaffRecord record = new StaffRecord(PAT, List.of(PeerRole.PEER_SUPPORT_WORKER), List.of(), List.of(), 3);
        when(peers.record(any(), eq(PAT_ID))).thenReturn(record);
        when(peers.supervisors(any())).thenReturn(List.of(PAT, SUPERVISOR));
    }

    @Test
    void sendsAnAnonymousVisitorToSignInAndAsksTheModuleNothing() throws Exception {
        mvc.perform(get("/workforce/staff/" + PAT_ID)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/workforce/staff/" + PAT_ID + "/training").with(csrf()).param("course", "Peer support"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(peers, lived);
    }

    @Test
    void refusesAFormSentWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/workforce/staff/" + PAT_ID + "/training").with(signedInAs(LEAD)).param("course", "Peer support")
                .param("completedOn", "2026-01-10")).andExpect(status().isForbidden());
        mvc.perform(post("/workforce/me/lived-experience").with(signedInAs(PEER)).param("hasLivedExperience", "yes")
                .param("usesItOpenly", "yes")).andExpect(status().isForbidden());
        verify(peers, never()).addTraining(any(), any(), any(), anyBoolean(), any(), any());
        verify(lived, never()).saveMine(any(), any(), any());
    }

    @Test
    void theServiceLeadRecordsTrainingFromTheBoundForm() throws Exception {
        mvc.perform(post("/workforce/staff/" + PAT_ID + "/training").with(signedInAs(LEAD)).with(csrf()).param("course", "Peer support in practice")
                .param("coProduced", "true").param("completedOn", "2026-01-10").param("expiresOn", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/workforce/staff/" + PAT_ID))
                .andExpect(flash().attribute("flash", "Training recorded."));
        verify(peers).addTraining(LEAD, PAT_ID, "Peer support in practice", true, "2026-01-10", "");
    }

    @Test
    void trainingWithoutACourseComesBackWithTheFieldErrorAndWhatWasTypedAndRecordsNothing() throws Exception {
        String page = mvc.perform(post("/workforce/staff/" + PAT_ID + "/training").with(signedInAs(LEAD)).with(csrf()).param("course", " ")
                .param("completedOn", "2026-01-10")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"course-error\"><span class=\"visually-hidden\">Error:</span> Enter the course")
                .contains("id=\"completedOn\" name=\"completedOn\" type=\"text\" value=\"2026-01-10\"");
        verify(peers).checkTrainingWriter(LEAD, PAT_ID);
        verify(peers, never()).addTraining(any(), any(), any(), anyBoolean(), any(), any());
    }

    @Test
    void aSupervisionTheModuleRefusesIsShownAgainstItsFieldWithWhatWasTyped() throws Exception {
        String supervisor = SUPERVISOR.id().toString();
        doThrow(new InvalidInputException(List.of(new FieldProblem("nextOn", "The next supervision must be after this one"))))
                .when(peers).addSupervision(LEAD, PAT_ID, supervisor, "2026-02-01", "Boundaries and self-care", "2026-01-01");
        String page = mvc.perform(post("/workforce/staff/" + PAT_ID + "/supervision").with(signedInAs(LEAD)).with(csrf())
                .param("supervisorId", supervisor).param("heldOn", "2026-02-01").param("notes", "Boundaries and self-care")
                .param("nextOn", "2026-01-01")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"nextOn-error\"><span class=\"visually-hidden\">Error:</span> The next supervision must be after this one")
                .contains("Boundaries and self-care").contains("value=\"" + supervisor + "\" selected");
    }

    @Test
    void aStaffMemberWhoMayNotWriteIsRefusedBeforeTheFormIsLookedAt() throws Exception {
        doThrow(new ForbiddenException("Only the service lead sees workforce reports.")).when(peers).checkTrainingWriter(PEER, PAT_ID);
        doThrow(new ForbiddenException("Supervision records are written by the supervisor or the service lead."))
                .when(peers).checkSupervisionWriter(eq(PEER), eq(PAT_ID), any());
        // empty forms, which the page would otherwise show again with what is missing
        mvc.perform(post("/workforce/staff/" + PAT_ID + "/training").with(signedInAs(PEER)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/workforce/staff/" + PAT_ID + "/supervision").with(signedInAs(PEER)).with(csrf())).andExpect(status().isForbidden());
        verify(peers, never()).addTraining(any(), any(), any(), anyBoolean(), any(), any());
        verify(peers, never()).addSupervision(any(), any(), any(), any(), any(), any());
    }

    @Test
    void theRolesTickedAreTheRolesSaved() throws Exception {
        mvc.perform(post("/workforce/staff/" + PAT_ID + "/roles").with(signedInAs(LEAD)).with(csrf()).param("roles", "PEER_SUPPORT_WORKER")
                .param("roles", "PEER_TRAINER")).andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "Peer roles saved."));
        verify(peers).setRoles(LEAD, PAT_ID, List.of("PEER_SUPPORT_WORKER", "PEER_TRAINER"));
    }

    @Test
    void aStaffMemberSavesTheirOwnAnswerAndNoNeedsNoSecondAnswer() throws Exception {
        when(lived.saveMine(PEER, false, false)).thenReturn(new LivedExperience.Answer(false, false));
        mvc.perform(post("/workforce/me/lived-experience").with(signedInAs(PEER)).with(csrf()).param("hasLivedExperience", "no"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/workforce/me"))
                .andExpect(flash().attribute("flash", "Saved. Only you can see your answer; reports show counts only."));
        verify(lived).saveMine(PEER, false, false);
    }

    @Test
    void anAnswerTheModuleRefusesIsShownAgainWithWhatWasChosen() throws Exception {
        when(peers.record(PEER, PAT_ID)).thenReturn(new StaffRecord(PAT, List.of(), List.of(), List.of(), 0));
        when(lived.saveMine(PEER, true, null)).thenThrow(new InvalidInputException(List.of(
                new FieldProblem("usesItOpenly", "Say whether you use it openly in your role"))));
        String page = mvc.perform(post("/workforce/me/lived-experience").with(signedInAs(PEER)).with(csrf()).param("hasLivedExperience", "yes"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<span class=\"visually-hidden\">Error:</span> Say whether you use it openly in your role")
                .contains("name=\"hasLivedExperience\" type=\"radio\" value=\"yes\" checked");
    }

    @Test
    void theStaffPageOpensWithEmptyForms() throws Exception {
        String page = mvc.perform(get("/workforce/staff/" + PAT_ID).with(signedInAs(LEAD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Record supervision", "Record training", "Caseload: 3 people")
                .doesNotContain("error-message");
    }
}
