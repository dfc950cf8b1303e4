package tandem.people.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.people.OrganisationView;
import tandem.people.SiteView;
import tandem.people.TeamView;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.ProgrammeId;
import tandem.shared.ids.SiteId;

/** Programmes, organisations, sites and teams. */
@Component
class StructureStore {

    private final JdbcClient jdbc;

    StructureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insertProgramme(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO programme (id, name) VALUES (:id, :n)").param("id", id).param("n", name).update();
        return id;
    }

    UUID insertOrganisation(String name, UUID programmeId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisation (id, name, programme_id) VALUES (:id, :n, :p)").param("id", id)
                .param("n", name).param("p", programmeId).update();
        return id;
    }

    UUID insertSite(UUID organisationId, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO site (id, organisation_id, name) VALUES (:id, :o, :n)").param("id", id)
                .param("o", organisationId).param("n", name).update();
        return id;
    }

    UUID insertTeam(UUID organisationId, UUID siteId, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO team (id, organisation_id, site_id, name) VALUES (:id, :o, :s, :n)").param("id", id)
                .param("o", organisationId).param("s", siteId).param("n", name).update();
        return id;
    }

    boolean siteNameTaken(UUID organisationId, String name) {
        return jdbc.sql("SELECT count(*) FROM site WHERE organisation_id = :o AND lower(name) = lower(:n)")
                .param("o", organisationId).param("n", name).query(Long.class).single() > 0;
    }

    boolean teamNameTaken(UUID organisationId, String name) {
        return jdbc.sql("SELECT count(*) FROM team WHERE organisation_id = :o AND lower(name) = lower(:n)")
                .param("o", organisationId).param("n", name).query(Long.class).single() > 0;
    }

    Optional<OrganisationView> organisation(UUID id) {
        return jdbc.sql("""
                SELECT o.id, o.name, o.programme_id, p.name AS programme_name, o.time_zone
                FROM organisation o LEFT JOIN programme p ON p.id = o.programme_id WHERE o.id = :id
                """).param("id", id).query((rs, n) -> new OrganisationView(OrganisationId.of(rs.getObject(1, UUID.class)), rs.getString(2),
                ProgrammeId.of(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5))).optional();
    }

    List<OrganisationView> organisationsInProgramme(UUID programmeId) {
        return jdbc.sql("SELECT id FROM organisation WHERE programme_id = :p ORDER BY name").param("p", programmeId)
                .query(UUID.class).list().stream().map(id -> organisation(id).orElseThrow()).toList();
    }

    long organisationCount() {
        return jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single();
    }

    List<SiteView> sites(UUID organisationId) {
        return jdbc.sql("SELECT id, name, organisation_id FROM site WHERE organisation_id = :o ORDER BY name")
                .param("o", organisationId)
                .query((rs, n) -> new SiteView(SiteId.of(rs.getObject(1, UUID.class)), rs.getString(2), OrganisationId.of(rs.getObject(3, UUID.class))))
                .list();
    }

    List<TeamView> teams(UUID organisationId) {
        return jdbc.sql(PeopleSql.TEAM + "WHERE t.organisation_id = :o ORDER BY t.name").param("o", organisationId)
                .query(PeopleSql::team).list();
    }

    Optional<TeamView> team(UUID teamId) {
        return jdbc.sql(PeopleSql.TEAM + "WHERE t.id = :id").param("id", teamId).query(PeopleSql::team).optional();
    }

    List<TeamView> teamsOfStaff(UUID staffId) {
        return jdbc.sql(PeopleSql.TEAM + "JOIN team_member m ON m.team_id = t.id WHERE m.staff_id = :s ORDER BY t.name")
                .param("s", staffId).query(PeopleSql::team).list();
    }
}
