package tandem.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code api_client} table. */
@Repository
class ApiClientStore {

    private final JdbcClient jdbc;

    ApiClientStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ApiClientRow> byClientId(String clientId) {
        if (clientId == null || clientId.length() > 64) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT * FROM api_client WHERE client_id = :c").param("c", clientId).query(ApiClientStore::map).optional();
    }

    Optional<ApiClientRow> byId(UUID id) {
        return jdbc.sql("SELECT * FROM api_client WHERE id = :id").param("id", id).query(ApiClientStore::map).optional();
    }

    List<ApiClientRow> ofOrganisation(UUID organisationId) {
        return jdbc.sql("SELECT * FROM api_client WHERE organisation_id = :o AND kind = 'system' ORDER BY lower(name)").param("o", organisationId)
                .query(ApiClientStore::map).list();
    }

    boolean nameTaken(UUID organisationId, String name) {
        return jdbc.sql("SELECT count(*) FROM api_client WHERE organisation_id = :o AND lower(name) = lower(:n)")
                .param("o", organisationId).param("n", name).query(Long.class).single() > 0;
    }

    void insert(ApiClientRow r) {
        jdbc.sql("""
                INSERT INTO api_client (id, client_id, name, secret_hash, organisation_id, scopes, allowed_addresses, enabled,
                                        credentials_version, created_at, created_by, kind, redirect_uris, public_client)
                VALUES (:id, :clientId, :name, :hash, :org, :scopes, :addresses, true, 1, :at, :by, :kind, :redirects, :public)
                """).param("kind", r.kind()).param("redirects", r.redirectUris().toArray(String[]::new)).param("public", r.publicClient()).param("id", r.id()).param("clientId", r.clientId()).param("name", r.name()).param("hash", r.secretHash())
                .param("org", r.organisationId()).param("scopes", r.scopes().toArray(String[]::new))
                .param("addresses", r.allowedAddresses().toArray(String[]::new)).param("at", Timestamp.from(r.createdAt()))
                .param("by", r.createdBy()).update();
    }

    /** Enables or disables; disabling also moves the credentials on, so that re-enabling does not revive old tokens. */
    boolean setEnabled(UUID organisationId, String clientId, boolean enabled, String by, Instant at) {
        return jdbc.sql("""
                UPDATE api_client SET enabled = :e, changed_at = :at, changed_by = :by,
                       credentials_version = credentials_version + CASE WHEN :e THEN 0 ELSE 1 END
                WHERE client_id = :c AND organisation_id = :o
                """).param("e", enabled).param("at", Timestamp.from(at)).param("by", by).param("c", clientId)
                .param("o", organisationId).update() == 1;
    }

    boolean rotate(UUID organisationId, String clientId, String hash, String by, Instant at) {
        return jdbc.sql("""
                UPDATE api_client SET secret_hash = :h, secret_rotated_at = :at, secret_rotated_by = :by,
                       credentials_version = credentials_version + 1
                WHERE client_id = :c AND organisation_id = :o
                """).param("h", hash).param("at", Timestamp.from(at)).param("by", by).param("c", clientId)
                .param("o", organisationId).update() == 1;
    }

    /** The same secret, hashed again in the encoder's current encoding (only if nobody changed it meanwhile). */
    void reencode(UUID id, String oldHash, String newHash) {
        jdbc.sql("UPDATE api_client SET secret_hash = :n WHERE id = :id AND secret_hash = :o").param("n", newHash).param("id", id)
                .param("o", oldHash).update();
    }

    private static ApiClientRow map(ResultSet rs, int n) throws SQLException {
        return new ApiClientRow(rs.getObject("id", UUID.class), rs.getString("client_id"), rs.getString("name"),
                rs.getString("secret_hash"), rs.getObject("organisation_id", UUID.class), strings(rs.getArray("scopes")),
                strings(rs.getArray("allowed_addresses")), rs.getBoolean("enabled"), rs.getInt("credentials_version"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "secret_rotated_at"),
                rs.getString("secret_rotated_by"), instant(rs, "changed_at"), rs.getString("changed_by"), rs.getString("kind"),
                strings(rs.getArray("redirect_uris")), rs.getBoolean("public_client"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
