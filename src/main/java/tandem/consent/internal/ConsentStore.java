package tandem.consent.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.consent.BreakGlassGrant;
import tandem.shared.ids.PersonId;

@Component
public class ConsentStore {

    private static final String GRANT = "SELECT id, person_id, username, reason, started_at, expires_at FROM break_glass ";

    private final JdbcClient jdbc;

    ConsentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean sharingWithdrawn(UUID personId) {
        return jdbc.sql("SELECT withdrawn FROM sharing_choice WHERE person_id = :p").param("p", personId)
                .query(Boolean.class).optional().orElse(false);
    }

    public java.util.Set<PersonId> withdrawnAmong(java.util.Collection<PersonId> personIds) {
        if (personIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(jdbc.sql("SELECT person_id FROM sharing_choice WHERE withdrawn AND person_id IN (:ids)")
                .param("ids", personIds.stream().map(PersonId::value).toList()).query(UUID.class).list().stream().map(PersonId::new).toList());
    }

    public void setSharingWithdrawn(UUID personId, boolean withdrawn, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO sharing_choice (person_id, withdrawn, changed_at, changed_by) VALUES (:p, :w, :at, :by)
                ON CONFLICT (person_id) DO UPDATE SET withdrawn = :w, changed_at = :at, changed_by = :by
                """).param("p", personId).param("w", withdrawn).param("at", Timestamp.from(at)).param("by", by).update();
    }

    public boolean researchConsented(UUID personId) {
        return jdbc.sql("SELECT consented FROM research_consent WHERE person_id = :p").param("p", personId)
                .query(Boolean.class).optional().orElse(false);
    }

    public void setResearchConsent(UUID personId, boolean consented, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO research_consent (person_id, consented, changed_at, changed_by) VALUES (:p, :c, :at, :by)
                ON CONFLICT (person_id) DO UPDATE SET consented = :c, changed_at = :at, changed_by = :by
                """).param("p", personId).param("c", consented).param("at", Timestamp.from(at)).param("by", by).update();
    }

    /** People of an organisation who said yes to research use, read at the moment of asking. */
    public List<PersonId> researchConsentedIn(UUID organisationId) {
        return jdbc.sql("""
                SELECT r.person_id FROM research_consent r JOIN person p ON p.id = r.person_id
                WHERE r.consented AND p.organisation_id = :o ORDER BY r.person_id
                """).param("o", organisationId).query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    public Optional<BreakGlassGrant> activeBreakGlass(UUID staffId, UUID personId, Instant now) {
        return jdbc.sql(GRANT + "WHERE staff_id = :s AND person_id = :p AND expires_at > :now ORDER BY expires_at DESC LIMIT 1")
                .param("s", staffId).param("p", personId).param("now", Timestamp.from(now))
                .query(ConsentStore::grant).optional();
    }

    public void saveBreakGlass(BreakGlassGrant g, UUID organisationId, UUID staffId) {
        jdbc.sql("""
                INSERT INTO break_glass (id, person_id, organisation_id, staff_id, username, reason, started_at, expires_at)
                VALUES (:id, :p, :org, :s, :u, :r, :start, :end)
                """).param("id", g.id()).param("p", g.personId()).param("org", organisationId).param("s", staffId).param("u", g.username())
                .param("r", g.reason()).param("start", Timestamp.from(g.startedAt()))
                .param("end", Timestamp.from(g.expiresAt())).update();
    }

    public List<BreakGlassGrant> breakGlassFor(UUID personId) {
        return jdbc.sql(GRANT + "WHERE person_id = :p ORDER BY started_at DESC LIMIT 100").param("p", personId)
                .query(ConsentStore::grant).list();
    }

    public List<BreakGlassGrant> breakGlassInOrganisation(UUID organisationId, Instant since) {
        return jdbc.sql(GRANT + "WHERE organisation_id = :org AND started_at >= :since ORDER BY started_at DESC LIMIT 200")
                .param("org", organisationId).param("since", Timestamp.from(since)).query(ConsentStore::grant).list();
    }

    private static BreakGlassGrant grant(ResultSet rs, int n) throws SQLException {
        return new BreakGlassGrant(rs.getObject("id", UUID.class), PersonId.of(rs.getObject("person_id", UUID.class)),
                rs.getString("username"), rs.getString("reason"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant());
    }
}
