package tandem.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The single sign-on links and the staff rule (migration identity/V5). */
@Repository
class SsoStore {

    record Link(UUID id, UUID accountId, String registration, String issuer, String subject) {
    }

    record Unused(UUID accountId, String username, UUID staffId, Instant lastUsedAt) {
    }

    private final JdbcClient jdbc;

    SsoStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Link> find(String issuer, String subject) {
        return jdbc.sql("SELECT id, account_id, registration, issuer, subject FROM sso_link WHERE issuer = :i AND subject = :s")
                .param("i", issuer).param("s", subject)
                .query((rs, n) -> new Link(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                        rs.getString("registration"), rs.getString("issuer"), rs.getString("subject")))
                .optional();
    }

    boolean accountLinkedAt(UUID accountId, String issuer) {
        return jdbc.sql("SELECT count(*) FROM sso_link WHERE account_id = :a AND issuer = :i").param("a", accountId).param("i", issuer)
                .query(Long.class).single() > 0;
    }

    UUID insert(UUID accountId, String registration, String issuer, String subject, Instant now, String proofingLevel) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO sso_link (id, account_id, registration, issuer, subject, created_at, last_used_at, identity_proofing_level)
                VALUES (:id, :a, :r, :i, :s, :now, :now, :level)""")
                .param("id", id).param("a", accountId).param("r", registration).param("i", issuer).param("s", subject)
                .param("now", Timestamp.from(now)).param("level", proofingLevel).update();
        return id;
    }

    void used(UUID linkId, Instant now, String proofingLevel) {
        jdbc.sql("""
                UPDATE sso_link SET last_used_at = :now,
                       identity_proofing_level = COALESCE(:level, identity_proofing_level) WHERE id = :id""")
                .param("now", Timestamp.from(now)).param("level", proofingLevel).param("id", linkId).update();
    }

    boolean requiredForStaff() {
        return jdbc.sql("SELECT require_for_staff FROM sso_setting WHERE id").query(Boolean.class).optional().orElse(false);
    }

    void setRequiredForStaff(boolean required, UUID by, Instant now) {
        jdbc.sql("UPDATE sso_setting SET require_for_staff = :r, changed_at = :now, changed_by = :by WHERE id")
                .param("r", required).param("now", Timestamp.from(now)).param("by", by).update();
    }

    /** Enabled staff accounts of the organisation whose staff sign-in was last used before {@code before}. */
    List<Unused> unusedStaff(UUID organisationId, Instant before) {
        return jdbc.sql("""
                SELECT a.id, a.username, a.staff_id, max(l.last_used_at) AS last_used
                FROM sso_link l JOIN account a ON a.id = l.account_id
                WHERE l.registration = 'staff' AND a.enabled AND a.staff_id IS NOT NULL AND a.organisation_id = :o
                GROUP BY a.id, a.username, a.staff_id
                HAVING max(l.last_used_at) < :before
                ORDER BY last_used, a.username""")
                .param("o", organisationId).param("before", Timestamp.from(before))
                .query((rs, n) -> new Unused(rs.getObject("id", UUID.class), rs.getString("username"), rs.getObject("staff_id", UUID.class),
                        rs.getTimestamp("last_used").toInstant()))
                .list();
    }
}
