package tandem.identity.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which SMART scope a bearer token needs for a request, as a pure function of its method and path.
 * Anything not listed needs a scope no token has: a bearer caller gets 403 there, and
 * administration is never listed.
 */
final class ScopeRules {

    static final String PATIENT_READ = "system/Patient.read";
    static final String QUESTIONNAIRE_READ = "system/Questionnaire.read";
    static final String RESPONSE_READ = "system/QuestionnaireResponse.read";
    static final String RESPONSE_WRITE = "system/QuestionnaireResponse.write";
    static final String OBSERVATION_READ = "system/Observation.read";
    static final String OBSERVATION_WRITE = "system/Observation.write";
    /** A route open to every valid token, whatever its scopes. */
    static final String ANY_TOKEN = "any";

    private record Rule(String method, PathPattern pattern, String scope) {
    }

    private static final List<Rule> RULES = List.of(
            rule("GET", "/api/v1/people", PATIENT_READ),
            rule("GET", "/api/v1/people/{personId}", PATIENT_READ),
            rule("GET", "/api/v1/instruments", QUESTIONNAIRE_READ),
            rule("GET", "/api/v1/instruments/{code}", QUESTIONNAIRE_READ),
            rule("GET", "/api/v1/instruments/{code}/fhir", QUESTIONNAIRE_READ),
            // scoring stores nothing: it reads an instrument's definition
            rule("POST", "/api/v1/score", QUESTIONNAIRE_READ),
            rule("GET", "/api/v1/people/{personId}/responses", RESPONSE_READ),
            rule("POST", "/api/v1/people/{personId}/responses", RESPONSE_WRITE),
            rule("GET", "/api/v1/people/{personId}/observations", OBSERVATION_READ),
            rule("GET", "/api/v1/people/{personId}/clinical-recovery", OBSERVATION_READ),
            rule("POST", "/api/v1/people/{personId}/observations", OBSERVATION_WRITE),
            // the CapabilityStatement is open to any valid token (and to anyone without one)
            rule("GET", "/fhir/metadata", ANY_TOKEN),
            rule("GET", "/fhir/Patient", PATIENT_READ),
            rule("GET", "/fhir/Patient/{*rest}", PATIENT_READ),
            rule("GET", "/fhir/Questionnaire", QUESTIONNAIRE_READ),
            rule("GET", "/fhir/Questionnaire/{*rest}", QUESTIONNAIRE_READ),
            rule("GET", "/fhir/QuestionnaireResponse", RESPONSE_READ),
            rule("GET", "/fhir/QuestionnaireResponse/{*rest}", RESPONSE_READ),
            rule("POST", "/fhir/QuestionnaireResponse", RESPONSE_WRITE),
            rule("GET", "/fhir/Observation", OBSERVATION_READ),
            rule("GET", "/fhir/Observation/{*rest}", OBSERVATION_READ));

    private ScopeRules() {
    }

    /** The scope a request needs; empty when no token may make it. {@code path} is without the context path. */
    static Optional<String> required(String method, String path) {
        if (method == null || path == null) {
            return Optional.empty();
        }
        PathContainer container = PathContainer.parsePath(path);
        return RULES.stream().filter(r -> r.method().equalsIgnoreCase(method) && r.pattern().matches(container))
                .map(Rule::scope).findFirst();
    }

    /**
     * Whether a token with these scopes may make the request. A route's {@code system/X} scope is met by
     * {@code system/X}, by {@code user/X} (the token acts as a worker, whose own access rules then apply), or by
     * {@code patient/X} only on a route of one person's record whose person is {@code patient} (the person
     * the token is limited to); never on a list or search.
     */
    static boolean allows(String method, String path, java.util.Collection<String> scopes, String patient) {
        if (method == null || path == null) {
            return false;
        }
        PathContainer container = PathContainer.parsePath(path);
        return RULES.stream().filter(r -> r.method().equalsIgnoreCase(method) && r.pattern().matches(container)).findFirst()
                .map(r -> {
                    if (r.scope().equals(ANY_TOKEN)) {
                        return true;
                    }
                    String resource = r.scope().substring("system/".length());
                    if (scopes.contains(r.scope()) || scopes.contains("user/" + resource)) {
                        return true;
                    }
                    if (patient == null || !scopes.contains("patient/" + resource)) {
                        return false;
                    }
                    var match = r.pattern().matchAndExtract(container);
                    String person = match == null ? null : match.getUriVariables().get("personId");
                    return patient.equals(person);
                }).orElse(false);
    }

    private static Rule rule(String method, String pattern, String scope) {
        return new Rule(method, PathPatternParser.defaultInstance.parse(pattern), scope);
    }
}
