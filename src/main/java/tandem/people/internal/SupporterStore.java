package tandem.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.people.Share;
import tandem.people.SupporterLinkView;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.PersonId;

/** Supporters linked by a person and what the person shares with each. */
@Component
class SupporterStore {

    private final JdbcClient jdbc;

    SupporterStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<SupporterLinkView> supporterLinks(UUID personId) {
        return jdbc.sql("""
                SELECT l.id, l.person_id, l.supporter_account, NULL AS username, l.relationship, l.shares, l.created_at, l.ended_at
                FROM supporter_link l
                WHERE l.person_id = :p ORDER BY l.created_at DESC
                """).param("p", personId).query(SupporterStore::link).list();
    }

    List<SupporterLinkView> linksOfSupporter(UUID supporterAccountId) {
        return jdbc.sql("""
                SELECT l.id, l.person_id, l.supporter_account, NULL AS username, l.relationship, l.shares, l.created_at, l.ended_at
                FROM supporter_link l
                WHERE l.supporter_account = :s AND l.ended_at IS NULL ORDER BY l.created_at DESC
                """).param("s", supporterAccountId).query(SupporterStore::link).list();
    }

    Set<Share> sharesWith(UUID personId, UUID supporterAccountId) {
        return jdbc.sql("SELECT shares FROM supporter_link WHERE person_id = :p AND supporter_account = :s AND ended_at IS NULL")
                .param("p", personId).param("s", supporterAccountId).query((rs, n) -> shares(rs)).optional()
                .orElse(Set.of());
    }

    UUID insertSupporterLink(UUID personId, UUID supporterAccountId, String relationship, Set<Share> shares) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO supporter_link (id, person_id, supporter_account, relationship, shares)
                VALUES (:id, :p, :s, :r, :sh::text[])
                """).param("id", id).param("p", personId).param("s", supporterAccountId).param("r", relationship)
                .param("sh", "{" + shares.stream().map(Enum::name).collect(Collectors.joining(",")) + "}").update();
        return id;
    }

    boolean setShares(UUID personId, UUID linkId, Set<Share> shares) {
        return jdbc.sql("UPDATE supporter_link SET shares = :sh::text[] WHERE id = :id AND person_id = :p AND ended_at IS NULL")
                .param("id", linkId).param("p", personId)
                .param("sh", "{" + shares.stream().map(Enum::name).collect(Collectors.joining(",")) + "}").update() > 0;
    }

    boolean endSupporterLink(UUID personId, UUID linkId) {
        return jdbc.sql("UPDATE supporter_link SET ended_at = now() WHERE id = :id AND person_id = :p AND ended_at IS NULL")
                .param("id", linkId).param("p", personId).update() > 0;
    }

    private static Set<Share> shares(ResultSet rs) throws SQLException {
        String[] values = (String[]) rs.getArray("shares").getArray();
        Set<Share> set = EnumSet.noneOf(Share.class);
        Arrays.stream(values).forEach(v -> {
            try {
                set.add(Share.valueOf(v));
            } catch (IllegalArgumentException ignored) {
                // a share this version does not know is not granted
            }
        });
        return set;
    }

    private static SupporterLinkView link(ResultSet rs, int n) throws SQLException {
        return new SupporterLinkView(rs.getObject("id", UUID.class), PersonId.of(rs.getObject("person_id", UUID.class)),
                AccountId.of(rs.getObject("supporter_account", UUID.class)), rs.getString("username"), rs.getString("relationship"),
                shares(rs), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant());
    }
}
