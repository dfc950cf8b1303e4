package tandem.community.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static tandem.identity.internal.WebSliceSecurity.signedInAs;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import gg.jte.springframework.boot.autoconfigure.JteAutoConfiguration;
import gg.jte.springframework.boot.autoconfigure.ServletJteAutoConfiguration;
import tandem.community.ContentNote;
import tandem.community.GroupForm;
import tandem.community.Groups;
import tandem.community.Resource;
import tandem.community.ResourceForm;
import tandem.community.Resources;
import tandem.community.Stories;
import tandem.community.StoryCard;
import tandem.community.StoryDraft;
import tandem.community.StoryStatus;
import tandem.community.Visibility;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.identity.internal.WebSliceSecurity;
import tandem.measures.scoring.Chime;
import tandem.shared.FieldProblem;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/**
 * A web slice of the community's form pages (stories, the resources library, the groups directory):
 * the controllers, Spring MVC, the real templates and Tandem's security, with the community's façades
 * as test doubles. The rules are the module's (StoriesTest, ResourcesTest, GroupsTest); here: what the
 * forms bind, that a refusal comes back on the form with what was typed, and that a page which asks the
 * module who may use it first never hands the form over to someone refused.
 */
@WebMvcTest({StoriesPagesController.class, ResourcesController.class, GroupsController.class})
@Import(WebSliceSecurity.class)
@ImportAutoConfiguration({JteAutoConfiguration.class, ServletJteAutoConfiguration.class})
class CommunityPagesWebTest {

    static final OrganisationId ORG = OrganisationId.random();
    static final CurrentUser ALEX = new CurrentUser(AccountId.random(), "alex", "Alex Morgan", Set.of(Role.PERSON), PersonId.random(),
            null, ORG);
    static final CurrentUser ADMIN = new CurrentUser(AccountId.random(), "admin", "Ada Admin", Set.of(Role.ADMIN), null,
            StaffId.random(), ORG);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Stories stories;
    @MockitoBean
    Resources resources;
    @MockitoBean
    Groups groups;
    @MockitoBean
    TandemClock clock;

    static StoryCard card(StoryStatus status) {
        return new StoryCard(UUID.randomUUID(), "Small steps", "Alex M.", status, Visibility.PUBLIC, List.of(), List.of(), null,
                Instant.parse("2026-11-01T10:00:00Z"), null);
    }

    @Test
    void aStoryFormSentWithoutItsCsrfTokenIsRefusedAndReachesNothing() throws Exception {
        mvc.perform(post("/me/stories").with(signedInAs(ALEX)).param("title", "Small steps").param("body", "Words"))
                .andExpect(status().isForbidden());
        verifyNoInteractions(stories);
    }

    @Test
    void aStoryBindsItsContentNotesAndTagsAndGoesToTheModerators() throws Exception {
        when(stories.write(eq(ALEX), any())).thenReturn(card(StoryStatus.PENDING));
        mvc.perform(post("/me/stories").with(signedInAs(ALEX)).with(csrf()).param("title", "Small steps").param("body", "Words")
                .param("visibility", "PUBLIC").param("attribution", "INITIALS").param("contentNotes", "HOSPITAL", "SELF_HARM")
                .param("chime", "HOPE")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/me/stories"))
                .andExpect(flash().attribute("flash",
                        "Thank you. Your story is with the peer moderators; you'll see here when it is published."));
        verify(stories).write(ALEX, new StoryDraft("Small steps", "Words", "PUBLIC", "INITIALS", List.of("HOSPITAL", "SELF_HARM"),
                List.of("HOPE")));
    }

    @Test
    void fieldsThePageDidNotSendReachTheModuleEmpty() throws Exception {
        when(stories.write(eq(ALEX), any())).thenReturn(card(StoryStatus.PRIVATE));
        mvc.perform(post("/me/stories").with(signedInAs(ALEX)).with(csrf()).param("title", "Notes"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Your story is saved. Only you can read it."));
        verify(stories).write(ALEX, new StoryDraft("Notes", "", "", "", List.of(), List.of()));
    }

    @Test
    void aRefusedStoryComesBackWithTheFieldNamedAndWhatWasTyped() throws Exception {
        when(stories.write(eq(ALEX), any())).thenThrow(new InvalidInputException(List.of(
                new FieldProblem("title", "Enter a title"), new FieldProblem("visibility", "Choose who may read your story"))));
        String page = mvc.perform(post("/me/stories").with(signedInAs(ALEX)).with(csrf()).param("title", "")
                .param("body", "Ten minutes at the allotment").param("chime", "HOPE")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "href=\"#title\"", "Enter a title", "Choose who may read your story",
                "Ten minutes at the allotment");
    }

    @Test
    void someoneElsesStoryIsNotFoundBeforeTheirFormIsLookedAt() throws Exception {
        UUID id = UUID.randomUUID();
        when(stories.ownStory(ALEX, id)).thenThrow(new NotFoundException("Story"));
        mvc.perform(post("/me/stories/" + id).with(signedInAs(ALEX)).with(csrf()).param("title", "Mine now").param("version", "3"))
                .andExpect(status().isNotFound());
        verify(stories, never()).edit(any(), any(), any(), anyLong());
    }

    @Test
    void aStaleEditComesBackWithTheReasonAndTheVersionItWasMadeFrom() throws Exception {
        UUID id = UUID.randomUUID();
        when(stories.edit(eq(ALEX), eq(id), any(), eq(3L))).thenThrow(new ConflictException("version",
                "This story was changed since you opened it, perhaps on another device. Open it again to see the latest version."));
        String page = mvc.perform(post("/me/stories/" + id).with(signedInAs(ALEX)).with(csrf()).param("title", "Other device")
                .param("body", "Changed here").param("visibility", "PUBLIC").param("attribution", "NAME")
                .param("contentNotes", ContentNote.SUICIDE.name()).param("chime", Chime.MEANING.name()).param("version", "3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("This story was changed since you opened it", "Changed here",
                "name=\"version\" value=\"3\"");
        verify(stories).edit(ALEX, id, new StoryDraft("Other device", "Changed here", "PUBLIC", "NAME", List.of("SUICIDE"),
                List.of("MEANING")), 3L);
    }

    @Test
    void aNewResourceBindsItsTopicsAndStartsAtVersionNought() throws Exception {
        when(resources.create(eq(ADMIN), any())).thenReturn("nef-2008");
        mvc.perform(post("/admin/resources").with(signedInAs(ADMIN)).with(csrf()).param("key", "nef-2008")
                .param("authors", "New Economics Foundation").param("year", "2008").param("title", "Five ways to wellbeing")
                .param("source", "London: NEF").param("type", "REPORT").param("topics", "WELLBEING", "RECOVERY_CONCEPTS")
                .param("version", "7")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/resources/nef-2008"))
                .andExpect(flash().attribute("flash", "Added to the library."));
        verify(resources).create(ADMIN, new ResourceForm("nef-2008", "New Economics Foundation", "2008", "Five ways to wellbeing",
                "London: NEF", "", "REPORT", List.of("WELLBEING", "RECOVERY_CONCEPTS"), "", "0"));
    }

    @Test
    void aCorrectedResourceKeepsTheKeyOfItsAddressAndAStaleOneComesBackWithTheReason() throws Exception {
        when(resources.byKey("nef-2008")).thenReturn(new Resource(UUID.randomUUID(), "nef-2008", List.of("NEF"), 2008,
                "Five ways", "London: NEF", null, "REPORT", List.of(), null, 4));
        doThrow(new ConflictException("version",
                "Someone else changed this resource since you opened it. Open it again.")).when(resources)
                .update(eq(ADMIN), eq("nef-2008"), any());
        String page = mvc.perform(post("/admin/resources/nef-2008").with(signedInAs(ADMIN)).with(csrf()).param("key", "other-key")
                .param("authors", "NEF").param("year", "2008").param("title", "Lost update").param("source", "London: NEF")
                .param("type", "REPORT").param("topics", "WELLBEING").param("version", "4")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("Someone else changed this resource since you opened it.", "value=\"Lost update\"");
        ArgumentCaptor<ResourceForm> sent = ArgumentCaptor.forClass(ResourceForm.class);
        verify(resources).update(eq(ADMIN), eq("nef-2008"), sent.capture());
        assertThat(sent.getValue().key()).isEqualTo("nef-2008");
        assertThat(sent.getValue().version()).isEqualTo("4");
        assertThat(sent.getValue().topics()).containsExactly("WELLBEING");
    }

    @Test
    void aRefusedGroupComesBackWithTheFieldNamedAndWhatWasTyped() throws Exception {
        when(groups.create(eq(ADMIN), any())).thenThrow(new InvalidInputException(List.of(
                new FieldProblem("onlineUrl", "Enter the online link as a web address starting with https://"))));
        String page = mvc.perform(post("/admin/groups").with(signedInAs(ADMIN)).with(csrf()).param("name", "Art together")
                .param("onlineUrl", "javascript:alert(1)").param("weekday", "3")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"onlineUrl-error\"><span class=\"visually-hidden\">Error:</span> Enter the online link as a web "
                + "address starting with https://").contains("value=\"Art together\"");
    }

    @Test
    void aGroupOfAnotherOrganisationIsNotFoundBeforeItsFormIsLookedAt() throws Exception {
        UUID id = UUID.randomUUID();
        when(groups.form(ADMIN, id)).thenThrow(new NotFoundException("Group"));
        mvc.perform(post("/admin/groups/" + id).with(signedInAs(ADMIN)).with(csrf()).param("name", "Taken over"))
                .andExpect(status().isNotFound());
        verify(groups, never()).update(any(), any(), any(GroupForm.class));
    }

    @Test
    void aGroupChangeBindsTheFormAndGoesBackToTheGroup() throws Exception {
        UUID id = UUID.randomUUID();
        when(groups.form(ADMIN, id)).thenReturn(GroupForm.empty());
        mvc.perform(post("/admin/groups/" + id).with(signedInAs(ADMIN)).with(csrf()).param("name", "Art together")
                .param("purpose", "Art").param("whoFor", "Anyone").param("facilitator", "Jess").param("place", "Library")
                .param("weekday", "3").param("startsAt", "14:00").param("minutes", "60").param("everyWeeks", "1")
                .param("firstMeeting", "2026-12-02").param("version", "2")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/groups/" + id)).andExpect(flash().attribute("flash", "The group is updated."));
        verify(groups).update(ADMIN, id, new GroupForm("Art together", "Art", "Anyone", "Jess", "Library", null, null, "3", "14:00",
                "60", "1", "2026-12-02", null, "2"));
    }
}
