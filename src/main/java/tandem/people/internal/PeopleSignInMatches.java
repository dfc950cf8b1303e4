package tandem.people.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.identity.SignInMatches;
import tandem.people.NhsNumber;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** The people module's answers to a first single sign-on: staff by e-mail, people by a verified NHS number. */
@Component
class PeopleSignInMatches implements SignInMatches {

    private final JdbcClient jdbc;

    PeopleSignInMatches(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StaffId> staffWithEmail(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return List.of();
        }
        return jdbc.sql("SELECT id FROM staff WHERE lower(email) = lower(:e)").param("e", email.strip()).query(UUID.class).list().stream()
                .map(StaffId::new).toList();
    }

    @Override
    public List<VerifiedPerson> peopleWithVerifiedNhsNumber(String nhsNumber) {
        if (!NhsNumber.valid(nhsNumber)) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT id, organisation_id, date_of_birth FROM person
                WHERE nhs_number = :n AND nhs_number_status IN ('CHECKED_BY_WORKER', 'FROM_RECORD_SYSTEM')""")
                .param("n", nhsNumber)
                .query((rs, i) -> new VerifiedPerson(new PersonId(rs.getObject("id", UUID.class)),
                        new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getObject("date_of_birth", LocalDate.class)))
                .list();
    }
}
