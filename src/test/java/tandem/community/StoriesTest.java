package tandem.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import com.jayway.jsonpath.JsonPath;

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false",
        "tandem.community.stories-per-hour=20", "tandem.community.moderation-decisions-per-ten-minutes=30"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoriesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    Cookie[] alex;
    Cookie[] jo;
    Cookie[] pat;
    Cookie[] sam;
    Cookie[] admin;
    Cookie[] robin;

    @BeforeAll
    void signIn() throws Exception {
        alex = DemoUsers.login(mvc, "alex");
        jo = DemoUsers.login(mvc, "jo");
        pat = DemoUsers.login(mvc, "pat");
        sam = DemoUsers.login(mvc, "sam");
        admin = DemoUsers.login(mvc, "admin");
        robin = DemoUsers.login(mvc, "robin");
    }

    static String story(String title, String body, String visibility, String attribution) {
        return "{\"title\":" + json(title) + ",\"body\":" + json(body) + ",\"visibility\":\"" + visibility
                + "\",\"attribution\":\"" + attribution + "\",\"chime\":[\"HOPE\"]}";
    }

    static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\u0000", "\\u0000") + "\"";
    }

    ResultActions write(Cookie[] who, String body) throws Exception {
        return mvc.perform(post("/api/v1/stories").cookie(who).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    UUID written(Cookie[] who, String body) throws Exception {
        String response = write(who, body).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    ResultActions moderate(Cookie[] who, UUID id, String decision, String note) throws Exception {
        return mvc.perform(post("/api/v1/stories/" + id + "/moderation").cookie(who).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"" + decision + "\"" + (note == null ? "" : ",\"note\":" + json(note)) + "}"));
    }

    int stories() {
        return jdbc.sql("SELECT count(*) FROM story").query(Integer.class).single();
    }

    @Test
    void aStoryIsReadByAnyoneOnlyAfterAPeerModeratorPublishesIt() throws Exception {
        UUID id = written(alex, story("Tea after the walk", "It was the *tea*.", "PUBLIC", "ANONYMOUS"));
        assertThat(jdbc.sql("SELECT status FROM story WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("PENDING");
        mvc.perform(get("/api/v1/stories/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/stories/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stories/" + id).cookie(alex)).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING")).andExpect(jsonPath("$.body").value("It was the *tea*."));

        moderate(pat, id, "PUBLISH", null).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PUBLISHED"));

        mvc.perform(get("/api/v1/stories/" + id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.byline").value("Anonymous"))
                .andExpect(jsonPath("$.html").value("<p>It was the <em>tea</em>.</p>"))
                .andExpect(jsonPath("$.body").doesNotExist());
        String page = mvc.perform(get("/stories/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("Tea after the walk", "By Anonymous").doesNotContain("Alex");
        mvc.perform(get("/api/v1/stories")).andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));
        UUID alexId = jdbc.sql("SELECT person_id FROM account WHERE username = 'alex'").query(UUID.class).single();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :p AND object_type LIKE 'story%'")
                .param("p", alexId).query(Integer.class).single()).as("nothing in Alex's access log ties them to a story").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE object_type = 'story moderation: publish' "
                + "AND object_id = :id AND actor = 'pat'").param("id", id.toString()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void withdrawingRemovesTheStoryEverywhereAtOnce() throws Exception {
        UUID id = written(alex, story("Something I might take back", "Words about hope.", "PUBLIC", "INITIALS"));
        moderate(pat, id, "PUBLISH", null).andExpect(status().isOk());
        mvc.perform(post("/stories/" + id + "/save").cookie(jo).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(mvc.perform(get("/me/stories").cookie(jo)).andReturn().getResponse().getContentAsString())
                .contains("Something I might take back");

        mvc.perform(delete("/api/v1/stories/" + id).cookie(jo).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/stories/" + id).cookie(alex).with(csrf())).andExpect(status().isNoContent());

        mvc.perform(get("/api/v1/stories/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/stories/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/stories/" + id).cookie(alex)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stories").param("query", "take back")).andExpect(jsonPath("$.total").value(0));
        assertThat(mvc.perform(get("/stories").param("query", "hope")).andReturn().getResponse().getContentAsString())
                .doesNotContain("Something I might take back");
        assertThat(mvc.perform(get("/me/stories").cookie(jo)).andReturn().getResponse().getContentAsString())
                .doesNotContain("Something I might take back");
        var row = jdbc.sql("SELECT title, body, status FROM story WHERE id = :id").param("id", id).query().singleRow();
        assertThat(row.get("title")).isNull();
        assertThat(row.get("body")).isNull();
        assertThat(row.get("status")).isEqualTo("WITHDRAWN");
        mvc.perform(delete("/api/v1/stories/" + id).cookie(alex).with(csrf())).andExpect(status().isNotFound());
    }

    @Test
    void organisationStoriesNeedASignedInMemberAndPrivateOnesAreNeverShownOrModerated() throws Exception {
        UUID org = written(jo, story("For colleagues", "Inside the organisation.", "ORGANISATION", "NAME"));
        moderate(pat, org, "PUBLISH", null).andExpect(status().isOk());
        mvc.perform(get("/api/v1/stories/" + org)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stories/" + org).cookie(sam)).andExpect(status().isOk())
                .andExpect(jsonPath("$.byline").value("Jo Pennington"));

        String response = write(jo, story("Just mine", "Private words.", "PRIVATE", "NAME")).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("PRIVATE")).andReturn().getResponse().getContentAsString();
        UUID priv = UUID.fromString(JsonPath.read(response, "$.id"));
        assertThat(mvc.perform(get("/moderation").cookie(pat)).andReturn().getResponse().getContentAsString())
                .doesNotContain("Just mine");
        moderate(pat, priv, "PUBLISH", null).andExpect(status().isNotFound());
        for (Cookie[] other : new Cookie[][] {alex, pat, sam, admin, robin}) {
            mvc.perform(get("/api/v1/stories/" + priv).cookie(other)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/stories/" + priv).cookie(jo)).andExpect(status().isOk())
                .andExpect(jsonPath("$.html").value("<p>Private words.</p>"));
    }

    @Test
    void aModeratorCannotModerateTheirOwnStoryAndOthersCannotModerateAtAll() throws Exception {
        UUID own = written(pat, story("My own road", "Peer work changed me.", "PUBLIC", "NAME"));
        moderate(pat, own, "PUBLISH", null).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("You can't moderate your own story. Another moderator will look at it."));
        moderate(alex, own, "PUBLISH", null).andExpect(status().isNotFound());
        moderate(sam, own, "PUBLISH", null).andExpect(status().isNotFound());
        moderate(admin, own, "PUBLISH", null).andExpect(status().isOk());
        moderate(admin, own, "RETURN", "Too late").andExpect(status().isConflict());
    }

    @Test
    void aReturnedStoryGoesBackToItsAuthorWithTheNoteAndAnEditSendsItBack() throws Exception {
        UUID id = written(jo, story("Ward 7", "Named a nurse.", "PUBLIC", "NAME"));
        moderate(pat, id, "RETURN", null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("note"));
        moderate(pat, id, "MAYBE", null).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("decision"));
        moderate(pat, id, "RETURN", "Please take out the nurse's name.").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("RETURNED"));
        String mine = mvc.perform(get("/me/stories").cookie(jo)).andReturn().getResponse().getContentAsString();
        assertThat(mine).contains("Please take out the nurse's name.");

        String current = mvc.perform(get("/api/v1/stories/" + id).cookie(jo)).andReturn().getResponse().getContentAsString();
        int version = ((Number) JsonPath.read(current, "$.version")).intValue();
        String edited = "{\"title\":\"Ward 7\",\"body\":\"Without names.\",\"visibility\":\"PUBLIC\",\"attribution\":\"NAME\",\"version\":"
                + version + "}";
        mvc.perform(put("/api/v1/stories/" + id).cookie(alex).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/stories/" + id).cookie(jo).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(edited))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PENDING"));
        // The same version again: the second device is told the story changed; nothing is lost.
        mvc.perform(put("/api/v1/stories/" + id).cookie(jo).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(edited.replace("Without names.", "Other device."))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("version"));
        assertThat(jdbc.sql("SELECT body FROM story WHERE id = :id").param("id", id).query(String.class).single())
                .isEqualTo("Without names.");
    }

    @Test
    void badStoriesAreRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        int before = stories();
        write(alex, story("", "", "EVERYONE", "NICKNAME")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("title")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("body")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("visibility")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("attribution")));
        write(alex, story("<script>alert(1)</script>", "x", "PUBLIC", "NAME")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("The title can't contain the characters < or >"));
        write(alex, story("Long", "a".repeat(Stories.BODY_MAX + 1), "PUBLIC", "NAME")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Your story must be 20,000 characters or fewer (it has 20,001). You could split it into parts."));
        write(alex, story("x".repeat(121), "x", "PUBLIC", "NAME")).andExpect(status().isBadRequest());
        write(alex, "{\"title\":\"Tags\",\"body\":\"x\",\"visibility\":\"PUBLIC\",\"attribution\":\"NAME\",\"chime\":[\"JOY\"]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("chime"));
        write(alex, "not json").andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/stories").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(story("Anon", "x", "PUBLIC", "NAME"))).andExpect(status().isUnauthorized());
        assertThat(stories()).isEqualTo(before);

        String page = mvc.perform(post("/me/stories").cookie(alex).with(csrf()).param("title", "").param("body", "x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "Enter a title", "Choose who may read your story", "href=\"#title\"");
        assertThat(stories()).isEqualTo(before);
    }

    @Test
    void everyXssPayloadIsHarmlessInThePageAndInTheApi() throws Exception {
        StringBuilder body = new StringBuilder();
        for (String p : XssCorpus.payloads()) {
            body.append(p).append("\n\n");
        }
        UUID id = written(jo, story("Payloads", body.toString(), "PUBLIC", "NAME"));
        moderate(pat, id, "PUBLISH", null).andExpect(status().isOk());
        String html = JsonPath.read(mvc.perform(get("/api/v1/stories/" + id)).andReturn().getResponse().getContentAsString(),
                "$.html");
        XssCorpus.assertSafe(html, "all payloads through the API");
        String page = mvc.perform(get("/stories/" + id)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        String article = page.substring(page.indexOf("<div class=\"story-body\">") + "<div class=\"story-body\">".length(),
                page.indexOf("</div>\n", page.indexOf("<div class=\"story-body\">")));
        XssCorpus.assertSafe(article, "all payloads in the page");
        assertThat(page).doesNotContain("<script>alert", "<img", "<svg", "<iframe");
    }

    @Test
    void submittingTooOftenIsRefusedWithoutSavingAndModerationIsLimitedToo() throws Exception {
        Cookie[] kim = DemoUsers.login(mvc, "kim");
        for (int i = 0; i < 20; i++) {
            write(kim, story("Story " + i, "Text " + i, "PRIVATE", "NAME")).andExpect(status().isCreated());
        }
        int before = stories();
        write(kim, story("One too many", "Text", "PRIVATE", "NAME")).andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("up to 20 stories")));
        assertThat(stories()).isEqualTo(before);

        Cookie[] jess = DemoUsers.login(mvc, "jess");
        for (int i = 0; i < 30; i++) {
            jdbc.sql("INSERT INTO story_moderation (id, story_id, moderator, decision, decided_at) "
                    + "SELECT :id, id, (SELECT id FROM account WHERE username = 'jess'), 'PUBLISH', now() FROM story LIMIT 1")
                    .param("id", UUID.randomUUID()).update();
        }
        UUID waiting = written(alex, story("Waiting", "For jess", "PUBLIC", "NAME"));
        moderate(jess, waiting, "PUBLISH", null).andExpect(status().isTooManyRequests());
        assertThat(jdbc.sql("SELECT status FROM story WHERE id = :id").param("id", waiting).query(String.class).single())
                .isEqualTo("PENDING");
    }

    @Test
    void moderationPagesShowTheQueueAndRecordTheDecision() throws Exception {
        UUID id = written(alex, story("Queue page story", "Plain words.", "ORGANISATION", "INITIALS"));
        assertThat(mvc.perform(get("/moderation").cookie(pat)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString()).contains("Queue page story", "A. M.");
        mvc.perform(get("/moderation").cookie(sam)).andExpect(status().isNotFound());
        String form = mvc.perform(post("/moderation/" + id).cookie(pat).with(csrf()).param("decision", "RETURN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("Write a note for the author saying what to change");
        mvc.perform(post("/moderation/" + id).cookie(pat).with(csrf()).param("decision", "PUBLISH"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/stories/" + id).cookie(sam)).andExpect(status().isOk());
        mvc.perform(get("/stories/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/stories").cookie(sam)).andExpect(jsonPath("$.items[*].id", hasItem(id.toString())));
        mvc.perform(get("/api/v1/stories")).andExpect(jsonPath("$.items[*].id", not(hasItem(id.toString()))));
    }

    @Test
    void contentNotesAreShownBeforeTheText() throws Exception {
        String body = "{\"title\":\"Hard times\",\"body\":\"The hard part.\",\"visibility\":\"PUBLIC\",\"attribution\":\"NAME\","
                + "\"contentNotes\":[\"SELF_HARM\"]}";
        UUID id = written(alex, body);
        moderate(pat, id, "PUBLISH", null).andExpect(status().isOk());
        String page = mvc.perform(get("/stories/" + id)).andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("this story mentions self-harm")).isPositive().isLessThan(page.indexOf("The hard part."));
        assertThat(page).contains("<details class=\"details\">");
    }
}
