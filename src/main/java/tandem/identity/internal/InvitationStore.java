package tandem.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.identity.InvitationStatus;

/** Invitations (only the hash of a link's token), and the lock that lets one change for a person run at a time. */
@Component
class InvitationStore {

    /** An invitation as stored. */
    record Row(UUID id, UUID personId, UUID organisationId, String email, UUID invitedBy, String invitedByName, Instant sentAt,
            Instant expiresAt, Instant openedAt, Instant usedAt, Instant revokedAt, String revokedByName, UUID replacedBy) {

        InvitationStatus.State state(Instant now) {
            if (usedAt != null) {
                return InvitationStatus.State.USED;
            }
            if (replacedBy != null) {
                return InvitationStatus.State.REPLACED;
            }
            if (revokedAt != null) {
                return InvitationStatus.State.REVOKED;
            }
            if (!expiresAt.isAfter(now)) {
                return InvitationStatus.State.EXPIRED;
            }
            return openedAt == null ? InvitationStatus.State.SENT : InvitationStatus.State.OPENED;
        }

        boolean usable(Instant now) {
            InvitationStatus.State s = state(now);
            return s == InvitationStatus.State.SENT || s == InvitationStatus.State.OPENED;
        }
    }

    private static final String COLUMNS = "id, person_id, organisation_id, email, invited_by, invited_by_name, sent_at, expires_at, "
            + "opened_at, used_at, revoked_at, revoked_by_name, replaced_by";

    private final JdbcClient jdbc;

    InvitationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Holds, until the transaction ends, the one lock for invitations of this person (two workers at once: one waits). */
    void lockPerson(UUID personId) {
        jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended('invitation:' || :p, 0))").param("p", personId.toString())
                .query((rs, n) -> 1).list();
    }

    void insert(Row r, String token) {
        jdbc.sql("INSERT INTO invitation (id, token_hash, person_id, organisation_id, email, invited_by, invited_by_name, sent_at, expires_at) "
                + "VALUES (:id, :h, :p, :o, :e, :by, :byName, :sent, :exp)")
                .param("id", r.id()).param("h", LinkTokens.hash(token)).param("p", r.personId()).param("o", r.organisationId())
                .param("e", r.email()).param("by", r.invitedBy()).param("byName", r.invitedByName())
                .param("sent", Timestamp.from(r.sentAt())).param("exp", Timestamp.from(r.expiresAt())).update();
    }

    /** The person's invitations whose links still work. */
    List<Row> usableOf(UUID personId, Instant now) {
        return ofPerson(personId).stream().filter(r -> r.usable(now)).toList();
    }

    List<Row> ofPerson(UUID personId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE person_id = :p ORDER BY sent_at DESC, id").param("p", personId)
                .query(InvitationStore::row).list();
    }

    Optional<Row> byId(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE id = :id").param("id", id).query(InvitationStore::row).optional();
    }

    Optional<Row> byToken(String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM invitation WHERE token_hash = :h").param("h", LinkTokens.hash(token))
                .query(InvitationStore::row).optional();
    }

    void replaced(UUID id, UUID by, Instant now) {
        jdbc.sql("UPDATE invitation SET replaced_by = :by, revoked_at = :now WHERE id = :id").param("id", id).param("by", by)
                .param("now", Timestamp.from(now)).update();
    }

    void revoked(UUID id, String byName, Instant now) {
        jdbc.sql("UPDATE invitation SET revoked_at = :now, revoked_by_name = :by WHERE id = :id").param("id", id).param("by", byName)
                .param("now", Timestamp.from(now)).update();
    }

    void opened(UUID id, Instant now) {
        jdbc.sql("UPDATE invitation SET opened_at = :now WHERE id = :id AND opened_at IS NULL").param("id", id)
                .param("now", Timestamp.from(now)).update();
    }

    void used(UUID id, UUID accountId, Instant now) {
        jdbc.sql("UPDATE invitation SET used_at = :now, account_id = :a, opened_at = coalesce(opened_at, :now) WHERE id = :id")
                .param("id", id).param("a", accountId).param("now", Timestamp.from(now)).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                rs.getString("email"), rs.getObject("invited_by", UUID.class), rs.getString("invited_by_name"), instant(rs, "sent_at"),
                instant(rs, "expires_at"), instant(rs, "opened_at"), instant(rs, "used_at"), instant(rs, "revoked_at"),
                rs.getString("revoked_by_name"), rs.getObject("replaced_by", UUID.class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
