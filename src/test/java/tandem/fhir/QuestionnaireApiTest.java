package tandem.fhir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import tandem.support.DemoUsers;

@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class QuestionnaireApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void exportsAQuestionnaireWithOrdinalValuesAndCalculatedExpressions() throws Exception {
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(get("/api/v1/instruments/QPR22/fhir").cookie(sam)).andExpect(status().isOk())
                .andExpect(jsonPath("$.resourceType").value("Questionnaire"))
                .andExpect(jsonPath("$.item[0].linkId").value("1"))
                .andExpect(jsonPath("$.item[0].text").value("Item 1"))
                .andExpect(jsonPath("$.item[0].answerOption[4].valueCoding.extension[0].url")
                        .value("http://hl7.org/fhir/StructureDefinition/ordinalValue"))
                .andExpect(jsonPath("$.extension[0].url").value(Matchers.containsString("scoring-definition")));
        mvc.perform(get("/api/v1/instruments/NOPE/fhir").cookie(sam)).andExpect(status().isNotFound());
    }

    @Test
    void theAdminPageTakesAnUploadedQuestionnaireAndNamesProblems() throws Exception {
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        String exported = mvc.perform(get("/api/v1/instruments/DIALOG/fhir").cookie(admin)).andReturn().getResponse()
                .getContentAsString().replace("\"text\": \"Item 1\"", "\"text\": \"Licensed wording\"");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/instruments")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "x.json", "application/json", "{bad".getBytes()))
                .cookie(admin).with(csrf())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("Not a valid FHIR R4 Questionnaire")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/admin/instruments")
                .file(new org.springframework.mock.web.MockMultipartFile("file", "dialog.json", "application/json", exported.getBytes()))
                .cookie(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT max(version) FROM instrument_definition WHERE code = 'DIALOG'").query(Integer.class).single())
                .isEqualTo(2);
    }

    @Test
    void anAdministratorInstallsLicensedWordingAsANewVersionAndOldResponsesKeepTheirs() throws Exception {
        Cookie[] admin = DemoUsers.login(mvc, "admin");
        String exported = mvc.perform(get("/api/v1/instruments/QPR15/fhir").cookie(admin)).andReturn().getResponse()
                .getContentAsString();
        String withWording = exported;
        for (int i = 1; i <= 15; i++) {
            withWording = withWording.replace("\"text\": \"Item " + i + "\"", "\"text\": \"Licensed wording " + i + "\"");
        }
        Cookie[] sam = DemoUsers.login(mvc, "sam");
        mvc.perform(post("/api/v1/instruments").cookie(sam).with(csrf()).contentType("application/fhir+json")
                .content(withWording)).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/instruments").cookie(admin).with(csrf()).contentType("application/fhir+json")
                .content("{\"resourceType\":\"Questionnaire\",\"status\":\"active\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("Questionnaire.extension"));
        long versions = jdbc.sql("SELECT count(*) FROM instrument_definition WHERE code = 'QPR15'").query(Long.class).single();
        assertThat(versions).isEqualTo(1);

        mvc.perform(post("/api/v1/instruments").cookie(admin).with(csrf()).contentType("application/fhir+json")
                .content(withWording)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.code").value("QPR15"))
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.wordingInstalled").value(true));
        mvc.perform(get("/api/v1/instruments").cookie(sam))
                .andExpect(jsonPath("$[?(@.code=='QPR15')].version").value(Matchers.hasItem(2)))
                .andExpect(jsonPath("$[?(@.code=='QPR15')].wordingInstalled").value(Matchers.hasItem(true)));

        UUID alex = DemoUsers.personId(jdbc, "alex");
        Cookie[] alexSession = DemoUsers.login(mvc, "alex");
        mvc.perform(get("/me/measures/QPR15/new").cookie(alexSession)).andExpect(status().isOk());
        mvc.perform(post("/api/v1/people/" + alex + "/responses").cookie(alexSession).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"instrument\":\"QPR15\",\"answers\":{\"1\":4,\"2\":4}}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.definitionVersion").value(2));
        assertThat(jdbc.sql("SELECT count(*) FROM measure_response WHERE instrument = 'QPR15' AND definition_version = 1")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void whoMayInstallIsDecidedBeforeTheQuestionnaireIsRead() throws Exception {
        mvc.perform(post("/api/v1/instruments").cookie(DemoUsers.login(mvc, "sam")).with(csrf()).contentType("application/fhir+json")
                .content(" ")).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/instruments").cookie(DemoUsers.login(mvc, "admin")).with(csrf()).contentType("application/fhir+json")
                .content(" ")).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("body"));
    }
}
