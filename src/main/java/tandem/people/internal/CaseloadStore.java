package tandem.people.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.people.CaseloadChanged;
import tandem.people.CaseloadEntry;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TeamId;

/** Caseload memberships: who is on which team's caseload, from when until when; each change is published. */
@Component
class CaseloadStore {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CaseloadStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    List<CaseloadEntry> caseloadEntries(UUID personId) {
        return jdbc.sql("""
                SELECT c.id, c.person_id, c.team_id, t.name, c.from_date, c.to_date FROM caseload c
                JOIN team t ON t.id = c.team_id WHERE c.person_id = :p ORDER BY c.from_date DESC, t.name
                """).param("p", personId).query((rs, n) -> new CaseloadEntry(rs.getObject(1, UUID.class),
                PersonId.of(rs.getObject(2, UUID.class)), TeamId.of(rs.getObject(3, UUID.class)), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate())).list();
    }

    /** Every caseload membership, open or ended, of the organisation's teams (for read models kept elsewhere). */
    List<CaseloadEntry> caseloadsOfOrganisation(UUID organisationId) {
        return jdbc.sql("""
                SELECT c.id, c.person_id, c.team_id, t.name, c.from_date, c.to_date FROM caseload c
                JOIN team t ON t.id = c.team_id WHERE t.organisation_id = :o ORDER BY c.from_date, c.id
                """).param("o", organisationId).query((rs, n) -> new CaseloadEntry(rs.getObject("id", UUID.class),
                PersonId.of(rs.getObject("person_id", UUID.class)), TeamId.of(rs.getObject("team_id", UUID.class)), rs.getString("name"),
                rs.getDate("from_date").toLocalDate(), rs.getDate("to_date") == null ? null : rs.getDate("to_date").toLocalDate())).list();
    }

    /** Inserts a membership and publishes it; the team's organisation comes back with the insert (no statement of its own). */
    UUID insertCaseload(UUID personId, UUID teamId, LocalDate from) {
        UUID id = UUID.randomUUID();
        UUID organisation = jdbc.sql("""
                INSERT INTO caseload (id, person_id, team_id, from_date) VALUES (:id, :p, :t, :f)
                RETURNING (SELECT organisation_id FROM team WHERE id = :t) AS organisation_id
                """).param("id", id).param("p", personId).param("t", teamId).param("f", Date.valueOf(from))
                .query((rs, n) -> rs.getObject("organisation_id", UUID.class)).single();
        events.publishEvent(new CaseloadChanged(id, PersonId.of(personId), TeamId.of(teamId), OrganisationId.of(organisation), from, null));
        return id;
    }

    void endCaseload(UUID caseloadId, LocalDate to) {
        jdbc.sql("""
                UPDATE caseload c SET to_date = :to FROM team t WHERE c.id = :id AND t.id = c.team_id
                RETURNING c.person_id, c.team_id, t.organisation_id, c.from_date
                """).param("to", Date.valueOf(to)).param("id", caseloadId)
                .query((rs, n) -> new CaseloadChanged(caseloadId, PersonId.of(rs.getObject("person_id", UUID.class)),
                        TeamId.of(rs.getObject("team_id", UUID.class)), OrganisationId.of(rs.getObject("organisation_id", UUID.class)),
                        rs.getDate("from_date").toLocalDate(), to))
                .optional().ifPresent(events::publishEvent);
    }
}
