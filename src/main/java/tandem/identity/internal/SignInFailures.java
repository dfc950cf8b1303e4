package tandem.identity.internal;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The throttle's counts in PostgreSQL ({@code sign_in_failure}), so every node agrees. An attempt is written
 * as a failure before its password is checked and only the attempts written before it are counted for it,
 * so many attempts sent at once cannot all slip through at the moment a wait ends.
 */
@Repository
class SignInFailures {

    /** How many failures there were, and when the last was. */
    record Count(int failures, Instant last) {
    }

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes an attempt as a failure and returns its id. */
    long begin(String nameKey, String address, String deviceNonce, Instant at) {
        return jdbc.sql("""
                INSERT INTO sign_in_failure (name_key, client_address, device_nonce, failed_at)
                VALUES (:name, :address, :nonce, :at) RETURNING id
                """).param("name", nameKey).param("address", address).param("nonce", deviceNonce)
                .param("at", Timestamp.from(at)).query(Long.class).single();
    }

    /** Takes an attempt back: its password was right, or it had to wait. */
    void forget(long attempt) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE id = :id").param("id", attempt).update();
    }

    /** Counts an attempt as one from an untrusted client after all (its device cookie has had too many failures). */
    void distrust(long attempt) {
        jdbc.sql("UPDATE sign_in_failure SET device_nonce = NULL WHERE id = :id").param("id", attempt).update();
    }

    /** Failures for a name from clients without a device cookie for it, since a moment, written before an attempt. */
    Count untrustedForName(String nameKey, Instant since, long before) {
        return count("name_key = :v AND device_nonce IS NULL", nameKey, since, before);
    }

    /** Failures from an address without a device cookie, for any name. */
    Count untrustedFromAddress(String address, Instant since, long before) {
        return count("client_address = :v AND device_nonce IS NULL", address, since, before);
    }

    /** Failures made with one device cookie. */
    Count withDevice(String nonce, Instant since, long before) {
        return count("device_nonce = :v", nonce, since, before);
    }

    void prune(Instant before) {
        jdbc.sql("DELETE FROM sign_in_failure WHERE failed_at < :b").param("b", Timestamp.from(before)).update();
    }

    private Count count(String where, String value, Instant since, long before) {
        return jdbc.sql("SELECT count(*) AS n, max(failed_at) AS last FROM sign_in_failure WHERE " + where
                + " AND failed_at > :since AND id < :before")
                .param("v", value).param("since", Timestamp.from(since)).param("before", before)
                .query((rs, n) -> new Count(rs.getInt("n"),
                        rs.getTimestamp("last") == null ? null : rs.getTimestamp("last").toInstant()))
                .single();
    }
}
