package tandem.identity.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.identity.Role;

@Repository
class AccountRepository {

    private static final String SELECT = """
            SELECT a.id, a.username, a.password_hash, a.enabled, a.organisation_id, a.person_id, a.staff_id,
                   a.totp_secret, COALESCE(array_agg(r.role) FILTER (WHERE r.role IS NOT NULL), '{}') AS roles
            FROM account a LEFT JOIN account_role r ON r.account_id = a.id
            """;

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AccountRow> findByUsername(String username) {
        // usernames are stored in lower-case ASCII, so the folded key finds exactly the account the throttle counts under
        return jdbc.sql(SELECT + " WHERE lower(a.username) = :u GROUP BY a.id").param("u", Usernames.key(username))
                .query(AccountRepository::map).optional();
    }

    Optional<AccountRow> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE a.id = :id GROUP BY a.id").param("id", id).query(AccountRepository::map).optional();
    }

    Optional<AccountRow> findByStaff(UUID staffId) {
        return jdbc.sql(SELECT + " WHERE a.staff_id = :id GROUP BY a.id").param("id", staffId)
                .query(AccountRepository::map).optional();
    }

    Optional<AccountRow> findByPerson(UUID personId) {
        return jdbc.sql(SELECT + " WHERE a.person_id = :id GROUP BY a.id").param("id", personId)
                .query(AccountRepository::map).optional();
    }

    List<AccountRow> findByStaffIds(List<UUID> staffIds) {
        if (staffIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE a.staff_id IN (:ids) GROUP BY a.id").param("ids", staffIds)
                .query(AccountRepository::map).list();
    }

    boolean usernameTaken(String username) {
        return jdbc.sql("SELECT count(*) FROM account WHERE lower(username) = lower(:u)").param("u", username)
                .query(Long.class).single() > 0;
    }

    void insert(AccountRow a) {
        jdbc.sql("""
                INSERT INTO account (id, username, password_hash, enabled, organisation_id, person_id, staff_id)
                VALUES (:id, :username, :hash, :enabled, :org, :person, :staff)
                """)
                .param("id", a.id()).param("username", a.username()).param("hash", a.passwordHash())
                .param("enabled", a.enabled()).param("org", a.organisationId()).param("person", a.personId())
                .param("staff", a.staffId()).update();
        replaceRoles(a.id(), a.roles());
    }

    void replaceRoles(UUID accountId, Set<Role> roles) {
        jdbc.sql("DELETE FROM account_role WHERE account_id = :id").param("id", accountId).update();
        for (Role r : roles) {
            jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (:id, :role)").param("id", accountId)
                    .param("role", r.name()).update();
        }
    }

    void updatePassword(UUID accountId, String hash) {
        jdbc.sql("UPDATE account SET password_hash = :h, version = version + 1 WHERE id = :id").param("h", hash)
                .param("id", accountId).update();
    }

    void updateTotpSecret(UUID accountId, String secret) {
        jdbc.sql("UPDATE account SET totp_secret = :s, version = version + 1 WHERE id = :id").param("s", secret)
                .param("id", accountId).update();
    }

    void setEnabled(UUID accountId, boolean enabled) {
        jdbc.sql("UPDATE account SET enabled = :e, version = version + 1 WHERE id = :id").param("e", enabled)
                .param("id", accountId).update();
    }

    // The second factor's throttle (TotpSecondFactor) keeps its wrong codes here; sign-in failures are in SignInFailures.

    int recentFailures(String username, Instant since) {
        return jdbc.sql("SELECT count(*) FROM login_failure WHERE username = :u AND failed_at > :since")
                .param("u", Usernames.key(username)).param("since", java.sql.Timestamp.from(since))
                .query(Integer.class).single();
    }

    void recordFailure(String username, Instant at) {
        jdbc.sql("INSERT INTO login_failure (username, failed_at) VALUES (:u, :at)")
                .param("u", Usernames.key(username)).param("at", java.sql.Timestamp.from(at)).update();
    }

    void clearFailures(String username) {
        jdbc.sql("DELETE FROM login_failure WHERE username = :u").param("u", Usernames.key(username)).update();
    }

    void pruneFailures(Instant before) {
        jdbc.sql("DELETE FROM login_failure WHERE failed_at < :b").param("b", java.sql.Timestamp.from(before)).update();
    }

    private static AccountRow map(ResultSet rs, int n) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = Arrays.stream((String[]) array.getArray()).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new AccountRow(rs.getObject("id", UUID.class), rs.getString("username"), rs.getString("password_hash"),
                rs.getBoolean("enabled"), rs.getObject("organisation_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("staff_id", UUID.class), rs.getString("totp_secret"), roles);
    }
}
