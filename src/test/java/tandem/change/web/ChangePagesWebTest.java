package tandem.change.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
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

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import tandem.change.ActionLearning;
import tandem.change.Assessments;
import tandem.change.ChangeViews.Cycle;
import tandem.change.ChangeViews.CycleStep;
import tandem.change.CollegeFidelity;
import tandem.change.Evidence;
import tandem.change.Programme;
import tandem.change.Stages.Stage;
import tandem.change.Stages;
import tandem.change.TeamPriorities;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.identity.internal.WebSliceSecurity;
import tandem.people.PeopleApi;
import tandem.shared.FieldProblem;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TeamId;

/**
 * A web slice of the change pages: their controllers, Spring MVC, the templates and Tandem's security,
 * with the change module's façades as test doubles. The rules themselves are the module's (see
 * OrganisationalChangeTest); here: who gets in, what the forms bind, and that a form the page refuses
 * never reaches the module.
 */
@WebMvcTest({ChangeController.class, AssessmentController.class, CycleController.class, TeamPrioritiesController.class,
    FidelityController.class})
@Import({WebSliceSecurity.class, ChangePages.class})
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class}) // the pages' templates (a slice does not render views by itself)
class ChangePagesWebTest {

    static final OrganisationId ORG = OrganisationId.random();
    static final CurrentUser LEAD = new CurrentUser(AccountId.random(), "lead", "Lee Marchetti", Set.of(Role.SERVICE_LEAD), null,
            StaffId.random(), ORG);
    static final CurrentUser COLLEGE = new CurrentUser(AccountId.random(), "college", "Cal Ferris", Set.of(Role.COLLEGE_ADMIN), null,
            StaffId.random(), ORG);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Assessments assessments;

    @MockitoBean
    Evidence evidence;

    @MockitoBean
    TeamPriorities priorities;

    @MockitoBean
    ActionLearning cycles;

    @MockitoBean
    CollegeFidelity fidelity;

    @MockitoBean
    Programme programme;

    @MockitoBean
    Stages stages;

    @MockitoBean
    PeopleApi people;

    Cycle cycle(String title, int steps) {
        List<CycleStep> done = java.util.stream.IntStream.rangeClosed(1, steps)
                .mapToObj(i -> new CycleStep(i, "Step " + i, LocalDate.of(2026, 1, i), "Lee Marchetti")).toList();
        return new Cycle(UUID.randomUUID(), 8, title, "Lee Marchetti", Instant.parse("2026-01-01T09:00:00Z"), null, done);
    }

    @Test
    void sendsAnAnonymousVisitorToSignInAndAsksTheModuleNothing() throws Exception {
        mvc.perform(get("/change/cycles")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/change/cycles").with(csrf()).param("challenge", "8").param("title", "Panels"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(cycles);
    }

    @Test
    void refusesAFormSentWithoutItsCsrfToken() throws Exception {
        mvc.perform(post("/change/cycles").with(signedInAs(LEAD)).param("challenge", "8").param("title", "Panels"))
                .andExpect(status().isForbidden());
        verify(cycles, never()).start(any(), any(), any());
    }

    @Test
    void showsTheServiceLeadTheirCycles() throws Exception {
        when(cycles.cycles(LEAD)).thenReturn(List.of(cycle("People who use services on every interview panel", 2)));
        String page = mvc.perform(get("/change/cycles").with(signedInAs(LEAD))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("People who use services on every interview panel", "2 of 4 steps");
    }

    @Test
    void aCycleWithoutATitleComesBackWithTheFieldErrorAndStartsNothing() throws Exception {
        when(cycles.cycles(LEAD)).thenReturn(List.of());
        String page = mvc.perform(post("/change/cycles").with(signedInAs(LEAD)).with(csrf()).param("challenge", "8").param("title", " "))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"title-error\"><span class=\"visually-hidden\">Error:</span> Enter what the cycle is about");
        assertThat(page).contains("<option value=\"8\" selected");
        verify(cycles, never()).start(any(), any(), any());
    }

    @Test
    void startsACycleFromTheBoundFormAndGoesToIt() throws Exception {
        Cycle started = cycle("Panels", 0);
        when(cycles.start(LEAD, "8", "Panels")).thenReturn(started);
        mvc.perform(post("/change/cycles").with(signedInAs(LEAD)).with(csrf()).param("challenge", "8").param("title", "Panels"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/change/cycles/" + started.id()))
                .andExpect(flash().attribute("flash", "Started. Record the joint agreement first."));
    }

    @Test
    void aStepTheModuleRefusesIsShownAgainstItsField() throws Exception {
        Cycle open = cycle("Panels", 1);
        when(cycles.cycle(LEAD, open.id())).thenReturn(open);
        doThrow(new InvalidInputException(List.of(new FieldProblem("doneOn", "The date can't be before the previous step"))))
                .when(cycles).addStep(eq(LEAD), eq(open.id()), anyString(), anyString(), anyString());
        String page = mvc.perform(post("/change/cycles/" + open.id() + "/steps").with(signedInAs(LEAD)).with(csrf()).param("step", "2")
                .param("text", "Goals agreed").param("doneOn", "2025-12-01")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"doneOn-error\"><span class=\"visually-hidden\">Error:</span> The date can't be before the previous step")
                .contains("Goals agreed");
    }

    @Test
    void aTeamPlanWithoutResourcesComesBackWithTheFieldErrorAndSavesNothing() throws Exception {
        TeamId team = TeamId.random();
        when(priorities.planToEdit(LEAD, team)).thenReturn(new TeamPriorities.TeamPlan(
                new tandem.people.TeamView(team, "North Community", ORG, null, "Riverside"), List.of(), true, null));
        String page = mvc.perform(post("/change/teams/" + team).with(signedInAs(LEAD)).with(csrf()).param("version", "0")
                .param("priority1", "6").param("reviewOn", "2027-01-01")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"resources-error\"><span class=\"visually-hidden\">Error:</span> Enter the team's resources");
        verify(priorities, never()).save(any(), any(), any());
    }

    @Test
    void theCollegeManagerGetsTheFidelityPageAndATermlessRatingSavesNothing() throws Exception {
        when(stages.all()).thenReturn(List.of(new Stage("EARLY", "Early", 0)));
        when(fidelity.history(COLLEGE)).thenReturn(List.of());
        when(fidelity.historyToRate(COLLEGE)).thenReturn(List.of());
        when(fidelity.mayRate(COLLEGE)).thenReturn(true);
        assertThat(mvc.perform(get("/change/fidelity").with(signedInAs(COLLEGE))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Rate a term");
        String page = mvc.perform(post("/change/fidelity").with(signedInAs(COLLEGE)).with(csrf()).param("term", "")
                .param("equality", "2")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"term-error\"><span class=\"visually-hidden\">Error:</span> Enter the term, like Autumn 2026");
        assertThat(page).contains("name=\"equality\" type=\"radio\" value=\"2\" checked");
        verify(fidelity, never()).rate(any(), any(), any());
    }

    @Test
    void aServiceLeadWhoMayNotRateIsRefusedBeforeTheFormIsLookedAt() throws Exception {
        when(fidelity.historyToRate(LEAD)).thenThrow(new ForbiddenException("The college manager rates the fidelity self-check."));
        mvc.perform(post("/change/fidelity").with(signedInAs(LEAD)).with(csrf()).param("term", ""))
                .andExpect(status().isForbidden());
        verify(fidelity, never()).rate(any(), any(), any());
    }

    @Test
    void collegeCountsThatAreNotNumbersSaveNothingAndSaySoInTheFlash() throws Exception {
        when(programme.colleges(LEAD)).thenReturn(Optional.empty());
        mvc.perform(post("/change/colleges").with(signedInAs(LEAD)).with(csrf()).param("collegesOpen", "three").param("collegesPlanned", "4"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/change"))
                .andExpect(flash().attribute("flash", "Nothing was saved: Enter a whole number, 0 or more."));
        verify(programme, never()).saveColleges(any(), any(), any());
    }
}
