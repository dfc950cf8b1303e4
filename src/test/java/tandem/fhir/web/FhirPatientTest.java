package tandem.fhir.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.Patient;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import ca.uhn.fhir.rest.gclient.TokenClientParam;
import ca.uhn.fhir.rest.server.exceptions.AuthenticationException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import tandem.fhir.FhirResources;
import tandem.identity.ApiClients;
import tandem.support.DemoUsers;
import tandem.support.FhirCalls;
import tandem.support.FhirValidation;

/**
 * The FHIR server's base and Patient through HAPI's generic client over real HTTP: the
 * CapabilityStatement, JSON and XML, paging, searches by NHS number, name and id, the same access
 * decisions as {@code /api/v1/people}, one access-log entry per person shown, and errors as OperationOutcome.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tandem.demo.seed=true", "tandem.security.require-mfa-for-leads=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FhirPatientTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiClients clients;

    String systemToken;

    @BeforeAll
    void token() throws Exception {
        systemToken = FhirCalls.systemToken(port, clients, jdbc, "system/Patient.read");
    }

    long accessLogEntries(UUID person) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :p").param("p", person).query(Long.class).single();
    }

    @Test
    void theCapabilityStatementIsOpenValidAndNamesWhatIsServed() {
        CapabilityStatement cs = FhirCalls.anonymous(port).capabilities().ofType(CapabilityStatement.class).execute();
        FhirValidation.assertValid(cs);
        assertThat(cs.getFhirVersion().toCode()).isEqualTo("4.0.1");
        var patient = cs.getRestFirstRep().getResource().stream().filter(r -> r.getType().equals("Patient")).findFirst().orElseThrow();
        assertThat(patient.getInteraction()).extracting(i -> i.getCode().toCode()).contains("read", "search-type");
        assertThat(patient.getSearchParam()).extracting(p -> p.getName()).contains("identifier", "name", "_id");
        assertThat(cs.getFormat()).extracting(f -> f.getValue()).anyMatch(f -> f.contains("json")).anyMatch(f -> f.contains("xml"));
    }

    @Test
    void aSystemTokenPagesThroughItsOrganisationsPatientsAndEachOneShownIsInTheirAccessLog() {
        IGenericClient client = FhirCalls.withToken(port, systemToken);
        UUID alex = DemoUsers.personId(jdbc, "alex");
        long before = accessLogEntries(alex);
        Bundle first = client.search().forResource(Patient.class).count(2).returnBundle(Bundle.class).execute();
        FhirValidation.assertValid(first);
        assertThat(first.getEntry()).hasSize(2);
        assertThat(first.getTotal()).isGreaterThan(2);
        assertThat(first.getLink(Bundle.LINK_NEXT)).isNotNull();
        java.util.Set<String> seen = new java.util.HashSet<>();
        Bundle page = first;
        int pages = 0;
        while (page != null) {
            page.getEntry().forEach(e -> {
                FhirValidation.assertValid(e.getResource());
                assertThat(seen.add(e.getResource().getIdElement().getIdPart())).as("each patient once").isTrue();
            });
            page = page.getLink(Bundle.LINK_NEXT) == null ? null : client.loadPage().next(page).execute();
            pages++;
        }
        assertThat(seen).hasSize(first.getTotal()).contains(alex.toString());
        assertThat(pages).isEqualTo((first.getTotal() + 1) / 2);
        assertThat(accessLogEntries(alex)).as("an entry in alex's log").isGreaterThan(before);
    }

    @Test
    void aPatientIsFoundByNhsNumberWithItsVerificationStatus() {
        UUID alex = DemoUsers.personId(jdbc, "alex");
        String nhs = jdbc.sql("SELECT nhs_number FROM person WHERE id = :p").param("p", alex).query(String.class).optional().orElse(null);
        if (nhs == null) {
            nhs = "9434765919";
            jdbc.sql("UPDATE person SET nhs_number = :n WHERE id = :p").param("n", nhs).param("p", alex).update();
        }
        IGenericClient client = FhirCalls.withToken(port, systemToken);
        Bundle found = client.search().forResource(Patient.class)
                .where(new TokenClientParam("identifier").exactly().systemAndCode("https://fhir.nhs.uk/Id/nhs-number", nhs))
                .returnBundle(Bundle.class).execute();
        FhirValidation.assertValid(found);
        assertThat(found.getEntry()).hasSize(1);
        Patient p = (Patient) found.getEntryFirstRep().getResource();
        assertThat(p.getIdElement().getIdPart()).isEqualTo(alex.toString());
        assertThat(p.getIdentifierFirstRep().getValue()).isEqualTo(nhs);
        assertThat(p.getIdentifierFirstRep().getExtensionByUrl(PatientProvider.VERIFICATION_EXTENSION)).isNotNull();

        assertThatThrownBy(() -> client.search().forResource(Patient.class)
                .where(new TokenClientParam("identifier").exactly().code("1234567890")).returnBundle(Bundle.class).execute())
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.getResponseBody()).contains("OperationOutcome")
                        .contains("NHS number"));
    }

    @Test
    void aPractitionerSeesTheirCaseloadOnlyAndAnotherTeamsPatientIsNotFound() throws Exception {
        IGenericClient sam = FhirCalls.withSession(port, "sam");
        Bundle mine = sam.search().forResource(Patient.class).count(100).returnBundle(Bundle.class).execute();
        List<String> ids = mine.getEntry().stream().map(e -> e.getResource().getIdElement().getIdPart()).toList();
        assertThat(ids).contains(DemoUsers.personId(jdbc, "alex").toString()).doesNotContain(DemoUsers.personId(jdbc, "jo").toString());
        Patient alex = sam.read().resource(Patient.class).withId(DemoUsers.personId(jdbc, "alex").toString()).execute();
        FhirValidation.assertValid(alex);
        assertThat(alex.getMeta().getVersionId()).isNotBlank();
        assertThatThrownBy(() -> sam.read().resource(Patient.class).withId(DemoUsers.personId(jdbc, "jo").toString()).execute())
                .isInstanceOfSatisfying(ResourceNotFoundException.class, e -> assertThat(e.getResponseBody()).contains("OperationOutcome"));
        Bundle byId = sam.search().forResource(Patient.class)
                .where(new TokenClientParam("_id").exactly().code(DemoUsers.personId(jdbc, "jo").toString())).returnBundle(Bundle.class).execute();
        assertThat(byId.getEntry()).as("another team's patient is not found by id either").isEmpty();
        assertThatThrownBy(() -> sam.read().resource(Patient.class).withId("not-a-uuid").execute())
                .isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void xmlIsServedOnAskingAndNoCredentialsIsA401WithAnOperationOutcome() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> xml = http.send(HttpRequest.newBuilder(URI.create(FhirCalls.base(port) + "/Patient?_count=1&_format=xml"))
                .header("Authorization", "Bearer " + systemToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(xml.statusCode()).isEqualTo(200);
        assertThat(xml.headers().firstValue("Content-Type").orElse("")).contains("xml");
        Bundle parsed = FhirResources.context().newXmlParser().parseResource(Bundle.class, xml.body());
        FhirValidation.assertValid(parsed);
        HttpResponse<String> accept = http.send(HttpRequest.newBuilder(URI.create(FhirCalls.base(port) + "/metadata"))
                .header("Accept", "application/fhir+xml").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accept.body()).startsWith("<CapabilityStatement");

        assertThatThrownBy(() -> FhirCalls.anonymous(port).search().forResource(Patient.class).returnBundle(Bundle.class).execute())
                .isInstanceOf(AuthenticationException.class);
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(FhirCalls.base(port) + "/Nonsense"))
                .header("Authorization", "Bearer " + systemToken).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isIn(403, 404);
        OperationOutcome oo = FhirResources.context().newJsonParser().parseResource(OperationOutcome.class,
                http.send(HttpRequest.newBuilder(URI.create(FhirCalls.base(port) + "/Patient/" + UUID.randomUUID()))
                        .header("Authorization", "Bearer " + systemToken).build(), HttpResponse.BodyHandlers.ofString()).body());
        assertThat(oo.getIssueFirstRep().getCode().toCode()).isEqualTo("not-found");
    }
}
