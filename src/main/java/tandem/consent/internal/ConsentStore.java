package tandem.consent.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.consent.BreakGlassGrant;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** The consent module's tables: sharing choices, research consent and emergency access grants. */
@Component
class ConsentStore {

    private static final String GRANT = "SELECT id, person_id, username, reason, started_at, expires_at FROM break_glass ";

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean sharingWithdrawn(PersonId personId) {
        return jdbc.sql("SELECT withdrawn FROM sharing_choice WHERE person_id = :p").param("p", personId)
                .query(Boolean.class).optional().orElse(false);
    }

    Set<PersonId> withdrawnAmong(Collection<PersonId> personIds) {
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT person_id FROM sharing_choice WHERE withdrawn AND person_id IN (:ids)")
                .param("ids", personIds).query((rs, n) -> PersonId.of(rs.getObject("person_id", UUID.class))).list());
    }

    void setSharingWithdrawn(PersonId personId, boolean withdrawn, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO sharing_choice (person_id, withdrawn, changed_at, changed_by) VALUES (:p, :w, :at, :by)
                ON CONFLICT (person_id) DO UPDATE SET withdrawn = :w, changed_at = :at, changed_by = :by
                """).param("p", personId).param("w", withdrawn).param("at", Timestamp.from(at)).param("by", by).update();
    }

    boolean researchConsented(PersonId personId) {
        return jdbc.sql("SELECT consented FROM research_consent WHERE person_id = :p").param("p", personId)
                .query(Boolean.class).optional().orElse(false);
    }

    void setResearchConsent(PersonId personId, OrganisationId organisationId, boolean consented, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO research_consent (person_id, organisation_id, consented, changed_at, changed_by) VALUES (:p, :o, :c, :at, :by)
                ON CONFLICT (person_id) DO UPDATE SET consented = :c, changed_at = :at, changed_by = :by
                """).param("p", personId).param("o", organisationId).param("c", consented).param("at", Timestamp.from(at))
                .param("by", by).update();
    }

    /** People of an organisation who said yes to research use, read at the moment of asking. */
    List<PersonId> researchConsentedIn(OrganisationId organisationId) {
        return jdbc.sql("SELECT person_id FROM research_consent WHERE consented AND organisation_id = :o ORDER BY person_id")
                .param("o", organisationId).query((rs, n) -> PersonId.of(rs.getObject("person_id", UUID.class))).list();
    }

    Optional<BreakGlassGrant> activeBreakGlass(StaffId staffId, PersonId personId, Instant now) {
        if (staffId == null) {
            return Optional.empty();
        }
        return jdbc.sql(GRANT + "WHERE staff_id = :s AND person_id = :p AND expires_at > :now ORDER BY expires_at DESC LIMIT 1")
                .param("s", staffId).param("p", personId).param("now", Timestamp.from(now)).query(ConsentStore::grant).optional();
    }

    void saveBreakGlass(BreakGlassGrant g, OrganisationId organisationId, StaffId staffId) {
        jdbc.sql("""
                INSERT INTO break_glass (id, person_id, organisation_id, staff_id, username, reason, started_at, expires_at)
                VALUES (:id, :p, :org, :s, :u, :r, :start, :end)
                """).param("id", g.id()).param("p", g.personId()).param("org", organisationId).param("s", staffId).param("u", g.username())
                .param("r", g.reason()).param("start", Timestamp.from(g.startedAt())).param("end", Timestamp.from(g.expiresAt())).update();
    }

    List<BreakGlassGrant> breakGlassFor(PersonId personId) {
        return jdbc.sql(GRANT + "WHERE person_id = :p ORDER BY started_at DESC LIMIT 100").param("p", personId).query(ConsentStore::grant).list();
    }

    List<BreakGlassGrant> breakGlassInOrganisation(OrganisationId organisationId, Instant since) {
        return jdbc.sql(GRANT + "WHERE organisation_id = :org AND started_at >= :since ORDER BY started_at DESC LIMIT 200")
                .param("org", organisationId).param("since", Timestamp.from(since)).query(ConsentStore::grant).list();
    }

    private static BreakGlassGrant grant(ResultSet rs, int n) throws SQLException {
        return new BreakGlassGrant(rs.getObject("id", UUID.class), PersonId.of(rs.getObject("person_id", UUID.class)), rs.getString("username"),
                rs.getString("reason"), rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("expires_at").toInstant());
    }
}
