package tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tandem.identity.ApiClients;

class ScopeRulesTest {

    static final String ID = "0b7c4f52-3d1e-4a7b-9a55-2c1f0d9e8a11";

    @ParameterizedTest(name = "{0} {1} needs {2}")
    @CsvSource({
            "GET, /api/v1/people, system/Patient.read",
            "GET, /api/v1/people/" + ID + ", system/Patient.read",
            "POST, /api/v1/people/" + ID + "/responses, system/QuestionnaireResponse.write",
            "GET, /api/v1/people/" + ID + "/responses, system/QuestionnaireResponse.read",
            "GET, /api/v1/people/" + ID + "/observations, system/Observation.read",
            "GET, /api/v1/people/" + ID + "/clinical-recovery, system/Observation.read",
            "POST, /api/v1/people/" + ID + "/observations, system/Observation.write",
            "GET, /api/v1/instruments, system/Questionnaire.read",
            "GET, /api/v1/instruments/QPR15/fhir, system/Questionnaire.read",
            "POST, /api/v1/score, system/Questionnaire.read",
            "GET, /fhir/Patient, system/Patient.read",
            "GET, /fhir/Patient/" + ID + ", system/Patient.read",
            "GET, /fhir/Patient/" + ID + "/_history/1, system/Patient.read",
            "POST, /fhir/QuestionnaireResponse, system/QuestionnaireResponse.write",
            "GET, /fhir/QuestionnaireResponse/abc, system/QuestionnaireResponse.read",
            "GET, /fhir/Observation, system/Observation.read"})
    void namesTheScopeOfEachOpenEndpoint(String method, String path, String scope) {
        assertThat(ScopeRules.required(method, path)).contains(scope);
        assertThat(ApiClients.SCOPES).contains(scope);
    }

    @ParameterizedTest(name = "{0} {1} is not open to tokens")
    @CsvSource({
            "POST, /api/v1/people",
            "DELETE, /api/v1/people/" + ID,
            "GET, /api/v1/me",
            "GET, /api/v1/people/" + ID + "/access-log",
            "GET, /api/v1/people/" + ID + "/goals",
            "POST, /api/v1/admin/api-clients",
            "GET, /api/v1/admin/api-clients",
            "POST, /api/v1/instruments",
            "GET, /api/v1/dashboard",
            "GET, /api/v1/people/",
            "PUT, /fhir/Patient/" + ID,
            "DELETE, /fhir/QuestionnaireResponse/abc",
            "GET, /fhir/Goal",
            "GET, /admin/api-clients",
            "GET, /api/v1/peoplex"})
    void leavesEverythingElseClosed(String method, String path) {
        assertThat(ScopeRules.required(method, path)).isEmpty();
    }

    @Test
    void needsAMethodAndAPath() {
        assertThat(ScopeRules.required(null, "/api/v1/people")).isEmpty();
        assertThat(ScopeRules.required("GET", null)).isEmpty();
        assertThat(ScopeRules.required("get", "/api/v1/people/" + UUID.randomUUID())).contains("system/Patient.read");
    }

    @Test
    void userScopesMeetTheSystemScopeAndPatientScopesOnlyTheirOwnRecord() {
        String other = UUID.randomUUID().toString();
        java.util.Set<String> user = java.util.Set.of("user/Patient.read");
        assertThat(ScopeRules.allows("GET", "/api/v1/people", user, null)).isTrue();
        assertThat(ScopeRules.allows("GET", "/api/v1/people/" + ID + "/responses", user, null)).as("another resource").isFalse();
        java.util.Set<String> patient = java.util.Set.of("patient/Patient.read", "patient/QuestionnaireResponse.read");
        assertThat(ScopeRules.allows("GET", "/api/v1/people/" + ID, patient, ID)).isTrue();
        assertThat(ScopeRules.allows("GET", "/api/v1/people/" + ID + "/responses", patient, ID)).isTrue();
        assertThat(ScopeRules.allows("GET", "/api/v1/people/" + other, patient, ID)).as("someone else").isFalse();
        assertThat(ScopeRules.allows("GET", "/api/v1/people", patient, ID)).as("no list for a person").isFalse();
        assertThat(ScopeRules.allows("GET", "/fhir/Patient/" + ID, patient, ID)).as("no FHIR route yet").isFalse();
        assertThat(ScopeRules.allows("GET", "/api/v1/people/" + ID, patient, null)).as("no patient in the token").isFalse();
        assertThat(ScopeRules.allows("GET", "/api/v1/admin/api-clients", java.util.Set.of("user/Patient.read"), null)).isFalse();
        assertThat(ScopeRules.allows("GET", "/api/v1/people", java.util.Set.of("system/Patient.read"), null)).isTrue();
    }
}
