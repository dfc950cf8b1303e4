package tandem.fhir.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.ContactPoint;
import org.hl7.fhir.r4.model.ContactPoint.ContactPointSystem;
import org.hl7.fhir.r4.model.HumanName;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Narrative;
import org.hl7.fhir.r4.model.Patient;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import tandem.consent.AccessDecisions;
import tandem.consent.AccessLevel;
import tandem.consent.PersonAccess;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.people.Directory;
import tandem.people.NhsNumber;
import tandem.people.NhsNumberStatus;
import tandem.people.PeopleApi;
import tandem.people.PersonListItem;
import tandem.people.PersonView;
import tandem.shared.PageOf;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.PersonId;

/**
 * {@code Patient}: the people the caller may see, with the same decisions as {@code /api/v1/people}
 * ({@link Directory} for lists, {@link AccessDecisions#openDirectoryEntry} for each one shown, which
 * writes the entry in that person's access log). Those who read the record (the person, their care
 * team, an emergency grant, a system of the organisation) see the birth date and contact details;
 * an administrator sees names and the NHS number; a supporter sees the name.
 */
@Component
public class PatientProvider implements IResourceProvider {

    static final String NHS_NUMBER_SYSTEM = "https://fhir.nhs.uk/Id/nhs-number";
    static final String VERIFICATION_EXTENSION =
            "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";
    static final String VERIFICATION_SYSTEM = "https://fhir.hl7.org.uk/CodeSystem/UKCore-NHSNumberVerificationStatusEngland";

    private final CurrentUsers identity;
    private final Directory directory;
    private final PeopleApi people;
    private final AccessDecisions access;

    PatientProvider(CurrentUsers identity, Directory directory, PeopleApi people, AccessDecisions access) {
        this.identity = identity;
        this.directory = directory;
        this.people = people;
        this.access = access;
    }

    @Override
    public Class<Patient> getResourceType() {
        return Patient.class;
    }

    @Read
    public Patient read(@IdParam IdType id) {
        PersonId personId = personId(id.getIdPart()).orElseThrow(() -> new NotFoundException("Patient"));
        return open(identity.require(), personId);
    }

    @Search
    public IBundleProvider search(@OptionalParam(name = Patient.SP_IDENTIFIER) TokenParam identifier,
            @OptionalParam(name = Patient.SP_NAME) StringParam name, @OptionalParam(name = "_id") TokenParam id,
            @Count Integer count, @Offset Integer offset) {
        CurrentUser user = identity.require();
        int size = Pages.count(count);
        int from = Pages.offset(offset);
        if (identifier != null || id != null) {
            // one person at most: found, then opened only if the caller may see them
            Optional<PersonId> found = id != null ? personId(id.getValue()) : Optional.empty();
            if (identifier != null) {
                Optional<PersonId> byNumber = byNhsNumber(user, identifier);
                found = id == null ? byNumber : found.filter(p -> byNumber.isPresent() && byNumber.get().equals(p));
            }
            List<Patient> one = new ArrayList<>();
            found.filter(p -> listed(user, p, name)).ifPresent(p -> one.add(open(user, p)));
            return Pages.of(from == 0 && size > 0 ? one : List.of(), from, size, one.size());
        }
        if (size == 0) {
            PageOf<PersonListItem> first = directory.visibleTo(user, text(name), 0, 1);
            return Pages.of(List.of(), from, size, first.total());
        }
        // _offset need not be a multiple of _count: read the directory's pages that cover it
        List<PersonListItem> wanted = new ArrayList<>();
        long total = 0;
        int page = from / size;
        int skip = from % size;
        while (wanted.size() < size) {
            PageOf<PersonListItem> result = directory.visibleTo(user, text(name), page, size);
            total = result.total();
            List<PersonListItem> items = result.items();
            for (int i = skip; i < items.size() && wanted.size() < size; i++) {
                wanted.add(items.get(i));
            }
            if (items.size() < size || skip == 0) {
                break;
            }
            skip = 0;
            page++;
        }
        List<Patient> patients = new ArrayList<>();
        for (PersonListItem item : wanted) {
            patients.add(open(user, item.id()));
        }
        return Pages.of(patients, from, size, total);
    }

    /** Whether the person is in the caller's list (so {@code _id} and {@code identifier} find no one else), by name too. */
    private boolean listed(CurrentUser user, PersonId person, StringParam name) {
        try {
            PersonAccess decided = access.decide(user, person);
            if (decided.level() == AccessLevel.NONE || decided.level() == AccessLevel.ACCESS_LOG) {
                return false;
            }
        } catch (NotFoundException e) {
            return false;
        }
        if (name == null) {
            return true;
        }
        String wanted = name.getValue().toLowerCase(java.util.Locale.ROOT);
        return people.person(person).map(p -> (p.givenName() + " " + p.familyName() + " "
                + (p.preferredName() == null ? "" : p.preferredName())).toLowerCase(java.util.Locale.ROOT).contains(wanted)).orElse(false);
    }

    private Optional<PersonId> byNhsNumber(CurrentUser user, TokenParam identifier) {
        if (identifier.getSystem() != null && !identifier.getSystem().isBlank() && !NHS_NUMBER_SYSTEM.equals(identifier.getSystem())) {
            return Optional.empty();
        }
        Optional<NhsNumber> number = NhsNumber.parse(identifier.getValue());
        if (number.isEmpty()) {
            throw new InvalidRequestException("identifier: an NHS number is 10 digits with a valid check digit, like "
                    + NHS_NUMBER_SYSTEM + "|9434765919");
        }
        return directory.withNhsNumber(user, number.get());
    }

    private Patient open(CurrentUser user, PersonId personId) {
        PersonAccess decided = access.openDirectoryEntry(user, personId);
        PersonView p = people.person(personId).orElseThrow(() -> new NotFoundException("Patient"));
        return toPatient(p, decided.level());
    }

    static Patient toPatient(PersonView p, AccessLevel level) {
        Patient patient = new Patient();
        patient.setId(new IdType("Patient", p.id().toString(), Long.toString(p.version())));
        patient.getMeta().setVersionId(Long.toString(p.version()));
        patient.setActive(true);
        boolean record = level.readsRecord();
        if (p.nhsNumber() != null && (record || level == AccessLevel.DIRECTORY)) {
            Identifier nhs = patient.addIdentifier().setSystem(NHS_NUMBER_SYSTEM).setValue(p.nhsNumber().digits());
            boolean traced = p.nhsNumberStatus() != null && p.nhsNumberStatus() != NhsNumberStatus.UNVERIFIED;
            nhs.addExtension(VERIFICATION_EXTENSION, new CodeableConcept().addCoding(new org.hl7.fhir.r4.model.Coding(
                    VERIFICATION_SYSTEM, traced ? "01" : "02", traced ? "Number present and verified" : "Number present but not traced")));
        }
        patient.addName().setUse(HumanName.NameUse.OFFICIAL).setFamily(p.familyName()).addGiven(p.givenName());
        if (p.preferredName() != null && !p.preferredName().isBlank()) {
            patient.addName().setUse(HumanName.NameUse.USUAL).setFamily(p.familyName()).addGiven(p.preferredName());
        }
        if (record) {
            if (p.dateOfBirth() != null) {
                patient.getBirthDateElement().setValueAsString(p.dateOfBirth().toString());
            }
            if (p.email() != null && !p.email().isBlank()) {
                ContactPoint email = patient.addTelecom().setSystem(ContactPointSystem.EMAIL).setValue(p.email());
                if (p.contactByEmail()) {
                    email.setRank(1);
                }
            }
            if (p.phone() != null && !p.phone().isBlank()) {
                ContactPoint phone = patient.addTelecom().setSystem(ContactPointSystem.PHONE).setValue(p.phone());
                if (p.contactByPhone()) {
                    phone.setRank(1);
                }
            }
        }
        patient.getText().setStatus(Narrative.NarrativeStatus.GENERATED).setDivAsString(
                "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + escape(p.displayName()) + "</div>");
        return patient;
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String text(StringParam name) {
        return name == null || name.getValue() == null || name.getValue().isBlank() ? null : name.getValue();
    }

    static Optional<PersonId> personId(String idPart) {
        try {
            return Optional.of(new PersonId(UUID.fromString(idPart)));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }
}
