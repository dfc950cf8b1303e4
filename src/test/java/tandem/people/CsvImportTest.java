package tandem.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.PeopleImport;
import tandem.people.PeopleImport.RowProblem;
import tandem.support.DemoUsers;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;

@SpringBootTest(properties = "tandem.demo.seed=true")
class CsvImportTest {

    static final String HEADER = "type,given_name,family_name,preferred_name,pronouns,date_of_birth,email,phone,team,username,roles,job_title\n";

    @Autowired
    PeopleImport importer;

    @Autowired
    JdbcClient jdbc;

    CurrentUser admin;

    @BeforeEach
    void admin() {
        UUID org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Riverside Mental Health Services'").query(UUID.class).single();
        admin = new CurrentUser(AccountId.of(UUID.randomUUID()), "admin", "Ash", Set.of(Role.ADMIN), null,
                StaffId.of(DemoUsers.staffId(jdbc, "admin")), OrganisationId.of(org));
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    @Test
    void reportsEveryBadRowByLineAndFieldAndImportsNothing() {
        String csv = HEADER
                + "person,Ivy,Marsh,,she/her,1990-05-01,ivy@example.org,,North Community,,,\n"
                + "person,,Marsh,,,1990-13-01,not-an-email,,Atlantis,,,\n"
                + "staff,Gil,Byrd,,,,,,,sam,practitioner,Nurse\n"
                + "staff,Hal,Fenn,,,,,,,hal,wizard,\n"
                + "staff,Ida,Roe,,,,,,,hal,tutor,\n"
                + "robot,Ann,Other,,,,,,,,,\n"
                + "person,Too,Few\n";
        long people = count("person");
        long staff = count("staff");
        long accounts = count("account");
        assertThatThrownBy(() -> importer.importCsv(admin, new StringReader(csv)))
                .isInstanceOfSatisfying(PeopleImport.RefusedException.class, e -> assertThat(e.problems())
                        .extracting(RowProblem::line, RowProblem::field)
                        .contains(
                                org.assertj.core.groups.Tuple.tuple(3L, "given_name"),
                                org.assertj.core.groups.Tuple.tuple(3L, "date_of_birth"),
                                org.assertj.core.groups.Tuple.tuple(3L, "email"),
                                org.assertj.core.groups.Tuple.tuple(3L, "team"),
                                org.assertj.core.groups.Tuple.tuple(4L, "username"),
                                org.assertj.core.groups.Tuple.tuple(5L, "roles"),
                                org.assertj.core.groups.Tuple.tuple(6L, "username"),
                                org.assertj.core.groups.Tuple.tuple(7L, "type"),
                                org.assertj.core.groups.Tuple.tuple(8L, "row")));
        assertThat(count("person")).isEqualTo(people);
        assertThat(count("staff")).isEqualTo(staff);
        assertThat(count("account")).isEqualTo(accounts);
    }

    @Test
    void importsGoodRowsOntoTeamsWithAccountsForStaff() {
        String csv = HEADER
                + "person,Ivy,Marsh,,she/her,1990-05-01,ivy@example.org,,North Community,,,\n"
                + "staff,Gil,Byrd,,,,gil@example.org,,South Community,gil,practitioner;peer_support_worker,Nurse\n";
        var result = importer.importCsv(admin, new StringReader(csv));
        assertThat(result.people()).isEqualTo(1);
        assertThat(result.staff()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM person p JOIN caseload c ON c.person_id = p.id JOIN team t ON t.id = c.team_id "
                + "WHERE p.given_name = 'Ivy' AND t.name = 'North Community'").query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM account a JOIN account_role r ON r.account_id = a.id WHERE a.username = 'gil'")
                .query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void refusesAFileWithoutTheExpectedHeader() {
        assertThatThrownBy(() -> importer.importCsv(admin, new StringReader("name,age\nIvy,30\n")))
                .isInstanceOfSatisfying(PeopleImport.RefusedException.class,
                        e -> assertThat(e.problems().get(0).message()).contains("missing these columns"));
    }
}
