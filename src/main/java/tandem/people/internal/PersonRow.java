package tandem.people.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

import tandem.people.NhsNumber;
import tandem.people.NhsNumberStatus;
import tandem.people.PersonView;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.OrganisationId;

/** The person aggregate as stored; the version guards against lost updates. */
@Table("person")
record PersonRow(@Id UUID id, UUID organisationId, String givenName, String familyName, String preferredName,
        String pronouns, LocalDate dateOfBirth, String email, String phone, boolean contactByEmail,
        boolean contactByPhone, boolean contactByPost, Instant createdAt, @Version Long version, String nhsNumber,
        NhsNumberStatus nhsNumberStatus) {

    PersonView view() {
        return new PersonView(PersonId.of(id), OrganisationId.of(organisationId), givenName, familyName, preferredName, pronouns, dateOfBirth, email,
                phone, contactByEmail, contactByPhone, contactByPost, version == null ? 0 : version,
                nhsNumber == null ? null : new NhsNumber(nhsNumber), nhsNumberStatus);
    }

}
