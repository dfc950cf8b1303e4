package tandem.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.people.StaffView;
import tandem.people.TeamView;
import tandem.shared.PageOf;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;

/** Staff members and the teams they belong to. */
@Component
class StaffStore {

    private final JdbcClient jdbc;
    private final StructureStore structure;

    StaffStore(JdbcClient jdbc, StructureStore structure) {
        this.jdbc = jdbc;
        this.structure = structure;
    }

    void insertStaff(UUID id, UUID organisationId, String given, String family, String email, String jobTitle) {
        jdbc.sql("""
                INSERT INTO staff (id, organisation_id, given_name, family_name, email, job_title)
                VALUES (:id, :o, :g, :f, :e, :j)
                """).param("id", id).param("o", organisationId).param("g", given).param("f", family).param("e", email)
                .param("j", jobTitle).update();
    }

    void updateStaff(UUID id, long version, String given, String family, String email, String jobTitle) {
        int n = jdbc.sql("""
                UPDATE staff SET given_name = :g, family_name = :f, email = :e, job_title = :j, version = version + 1
                WHERE id = :id AND version = :v
                """).param("id", id).param("v", version).param("g", given).param("f", family).param("e", email)
                .param("j", jobTitle).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("staff " + id + " changed");
        }
    }

    void replaceTeams(UUID staffId, Collection<UUID> teamIds) {
        jdbc.sql("DELETE FROM team_member WHERE staff_id = :s").param("s", staffId).update();
        for (UUID t : teamIds) {
            jdbc.sql("INSERT INTO team_member (team_id, staff_id) VALUES (:t, :s)").param("t", t).param("s", staffId).update();
        }
    }

    Optional<StaffView> staff(UUID id) {
        return jdbc.sql("SELECT id, organisation_id, given_name, family_name, email, job_title, version FROM staff WHERE id = :id")
                .param("id", id).query((rs, n) -> staffRow(rs)).optional()
                .map(s -> withTeams(s, structure.teamsOfStaff(s.id().value())));
    }

    PageOf<StaffView> staffInOrganisation(UUID organisationId, String query, int page, int size) {
        String like = PeopleSql.like(query);
        long total = jdbc.sql("""
                SELECT count(*) FROM staff WHERE organisation_id = :o
                AND (:q::text IS NULL OR lower(given_name || ' ' || family_name) LIKE :q)
                """).param("o", organisationId).param("q", like).query(Long.class).single();
        List<StaffView> items = jdbc.sql("""
                SELECT id, organisation_id, given_name, family_name, email, job_title, version FROM staff
                WHERE organisation_id = :o AND (:q::text IS NULL OR lower(given_name || ' ' || family_name) LIKE :q)
                ORDER BY family_name, given_name, id LIMIT :l OFFSET :off
                """).param("o", organisationId).param("q", like).param("l", size).param("off", (long) page * size)
                .query((rs, n) -> staffRow(rs)).list();
        return new PageOf<>(items.stream().map(s -> withTeams(s, structure.teamsOfStaff(s.id().value()))).toList(), page, size, total);
    }

    /** Staff of the teams that have the person on their caseload now (their care team). */
    List<StaffView> careTeamOf(UUID personId, LocalDate day) {
        return jdbc.sql("""
                SELECT DISTINCT s.id, s.organisation_id, s.given_name, s.family_name, s.email, s.job_title, s.version
                FROM staff s JOIN team_member m ON m.staff_id = s.id JOIN caseload c ON c.team_id = m.team_id
                WHERE c.person_id = :p AND c.from_date <= :d AND (c.to_date IS NULL OR c.to_date >= :d)
                ORDER BY s.family_name, s.given_name, s.id
                """).param("p", personId).param("d", Date.valueOf(day)).query((rs, n) -> staffRow(rs)).list();
    }

    Optional<String> staffName(UUID id) {
        return jdbc.sql("SELECT given_name || ' ' || family_name FROM staff WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    private static StaffView staffRow(ResultSet rs) throws SQLException {
        return new StaffView(StaffId.of(rs.getObject("id", UUID.class)), OrganisationId.of(rs.getObject("organisation_id", UUID.class)),
                rs.getString("given_name"), rs.getString("family_name"), rs.getString("email"), rs.getString("job_title"),
                List.of(), rs.getLong("version"));
    }

    private static StaffView withTeams(StaffView s, List<TeamView> teams) {
        return new StaffView(s.id(), s.organisationId(), s.givenName(), s.familyName(), s.email(), s.jobTitle(), teams,
                s.version());
    }
}
