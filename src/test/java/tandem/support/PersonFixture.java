package tandem.support;

import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.PeopleAdministration;
import tandem.people.PersonForm;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** People made for a test, in the demo organisation, by its administrator (so a test never depends on who the demo happens to hold). */
public final class PersonFixture {

    private PersonFixture() {
    }

    /** The demo organisation's administrator, as the people module sees them. */
    public static CurrentUser administrator(JdbcClient jdbc) {
        UUID org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Riverside Mental Health Services'").query(UUID.class).single();
        return new CurrentUser(AccountId.of(UUID.randomUUID()), "admin", "Ash", Set.of(Role.ADMIN), null,
                StaffId.of(DemoUsers.staffId(jdbc, "admin")), OrganisationId.of(org));
    }

    /** A person with an account of their own; {@code email} may be empty. */
    public static PersonId withAccount(JdbcClient jdbc, PeopleAdministration people, String given, String family, String email,
            String username, String password) {
        return people.createPerson(administrator(jdbc), new PersonForm(given, family, "", "", "", email, "", !email.isEmpty(), false, false, "",
                username, password, "", false));
    }
}
