package tandem.recovery.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tandem.identity.internal.WebSliceSecurity.signedInAs;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.identity.internal.WebSliceSecurity;
import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.recovery.CoachingSessions;
import tandem.recovery.Goals;
import tandem.recovery.PlanSections;
import tandem.recovery.PlanViews;
import tandem.shared.TandemClock;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/**
 * A web slice of the plan pages: the controllers, the plan context resolver, Spring MVC, the real
 * templates and Tandem's security, with the recovery services mocked. It checks what the web layer
 * itself decides: who reaches which address, what a form binds to, and that a refusal comes back as
 * the form with the field named.
 */
@WebMvcTest({ValuesPages.class, SessionPages.class, GoalPages.class})
@Import({WebSliceSecurity.class, PlanPagesSliceTest.Clock2027.class})
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class})
class PlanPagesSliceTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class Clock2027 {
        @Bean
        TandemClock tandemClock() {
            return new TandemClock(Clock.fixed(Instant.parse("2027-03-01T10:00:00Z"), ZoneId.of("Europe/London")));
        }
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PeopleApi people;
    @MockitoBean
    PlanSections sections;
    @MockitoBean
    CoachingSessions sessions;
    @MockitoBean
    Goals goals;

    static final OrganisationId ORG = OrganisationId.random();
    static final PersonId ALEX_ID = PersonId.random();
    static final CurrentUser ALEX = new CurrentUser(AccountId.random(), "alex", "Alex Morgan", Set.of(Role.PERSON), ALEX_ID, null, ORG);
    static final CurrentUser PAT = new CurrentUser(AccountId.random(), "pat", "Pat Lee", Set.of(Role.PEER_SUPPORT_WORKER), null,
            StaffId.random(), ORG);

    @BeforeEach
    void alexExists() {
        when(people.person(ALEX_ID)).thenReturn(Optional.of(new PersonView(ALEX_ID, ORG, "Alex", "Morgan", null, null, null, null,
                null, false, false, false, 1, null, null)));
        when(sections.valueCards()).thenReturn(List.of("Family", "Work"));
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get("/me/plan/values")).andExpect(status().is3xxRedirection());
        verifyNoInteractions(sections);
    }

    @Test
    void thePersonsValuesBindToTheFormRecordAndAreSavedAsTyped() throws Exception {
        when(sections.saveValues(any(), any(), anyInt(), any(), anyList(), any(), any(), any(), any(), any()))
                .thenReturn(new PlanViews.Values(4, "My daughter", List.of("Family", "Work"), "", "", "", "", "My sister", "Alex",
                        Instant.parse("2027-03-01T10:00:00Z")));
        mvc.perform(post("/me/plan/values").with(signedInAs(ALEX)).with(csrf()).param("version", "3")
                .param("whatMatters", "My daughter").param("valueCards", "Family", "Work").param("involve", "My sister"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/me/plan"));
        verify(sections).saveValues(eq(ALEX), eq(ALEX_ID), eq(3), eq("My daughter"), eq(List.of("Family", "Work")),
                any(), any(), any(), any(), eq("My sister"));
    }

    @Test
    void aRefusedSaveShowsTheFormAgainWithTheFieldNamedAndTheWordsKept() throws Exception {
        when(sections.saveValues(any(), any(), anyInt(), any(), anyList(), any(), any(), any(), any(), any()))
                .thenThrow(new InvalidInputException("whatMatters", "Write what matters to you"));
        String page = mvc.perform(post("/me/plan/values").with(signedInAs(ALEX)).with(csrf()).param("whatMatters", " ")
                .param("whatHelps", "Walking the dog")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Write what matters to you").contains("Walking the dog");
    }

    @Test
    void thePersonsOwnPagesHaveNoCareTeamAddress() throws Exception {
        mvc.perform(post("/people/" + ALEX_ID + "/plan/values").with(signedInAs(PAT)).with(csrf()).param("whatMatters", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/people/" + ALEX_ID + "/plan/goals/new").with(signedInAs(PAT))).andExpect(status().isNotFound());
        verify(sections, never()).saveValues(any(), any(), anyInt(), any(), anyList(), any(), any(), any(), any(), any());
        verifyNoInteractions(goals);
    }

    @Test
    void theCareTeamsPagesHaveNoAddressUnderMePlan() throws Exception {
        mvc.perform(post("/me/plan/sessions").with(signedInAs(ALEX)).with(csrf()).param("notes", "x"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/me/plan/heard").with(signedInAs(ALEX)).with(csrf()).param("heard", "x"))
                .andExpect(status().isNotFound());
        verifyNoInteractions(sessions);
        verify(sections, never()).addHeard(any(), any(), anyString(), anyString());
    }

    @Test
    void aMalformedPersonIdNamesNobody() throws Exception {
        mvc.perform(get("/people/not-a-uuid/plan/values").with(signedInAs(PAT))).andExpect(status().isNotFound());
        verifyNoInteractions(sections);
    }

    @Test
    void staffHaveNoPlanOfTheirOwn() throws Exception {
        mvc.perform(get("/me/plan/values").with(signedInAs(PAT))).andExpect(status().isNotFound());
        verifyNoInteractions(sections);
    }
}
