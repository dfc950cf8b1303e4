package tandem.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.audit.AccessLogEntry;
import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.ChainCheck;
import tandem.shared.PageOf;
import tandem.shared.TandemClock;
import tandem.shared.db.WithCommit;
import tandem.shared.web.RequestInfo;
import tandem.shared.ids.PersonId;

/**
 * Appends entries under a transaction-scoped advisory lock, so that entries are chained in one
 * order even with several app nodes. Each entry's hash covers its fields and the previous hash.
 */
@Component
class AuditStore {

    static final String GENESIS = "0".repeat(64);
    static final long LOCK_KEY = 0x7A4D_A0D1L;

    private final JdbcClient jdbc;
    private final TandemClock clock;

    AuditStore(JdbcClient jdbc, TandemClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private static final String INSERT = """
            INSERT INTO audit_entry (at, actor, actor_role, organisation_id, person_id, action, object_type,
              object_id, request_id, client_address, break_glass)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Appends an entry. Inside a transaction it is sent with the transaction's COMMIT
     * ({@link WithCommit}), so it commits or rolls back with the change it records and costs no
     * round trip of its own; it is not visible before that commit, even to the same transaction.
     */
    void append(AuditEvent e) {
        RequestInfo info = RequestInfo.current().orElse(new RequestInfo(null, null));
        Instant at = clock.now().truncatedTo(ChronoUnit.MICROS);
        Object[] args = {Timestamp.from(at), e.actor(), e.actorRole(), e.organisationId(), e.personId(), e.action().name(), e.objectType(),
                e.objectId(), info.requestId(), info.clientAddress(), e.breakGlass()};
        WithCommit.write(jdbc, INSERT, args);
    }

    /**
     * Links committed entries written before {@code cutoff} into the chain, in write order. One
     * node at a time (a transaction-scoped advisory lock); returns how many were sealed.
     */
    int seal(Instant cutoff) {
        Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:k)").param("k", LOCK_KEY).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        var last = jdbc.sql("SELECT chain_pos, hash FROM audit_entry WHERE chain_pos IS NOT NULL ORDER BY chain_pos DESC LIMIT 1")
                .query((rs, n) -> new Head(rs.getLong("chain_pos"), rs.getString("hash"))).optional();
        long pos = last.map(Head::position).orElse(0L);
        String prev = last.map(Head::hash).orElse(GENESIS);
        List<Entry> pending = jdbc.sql(SELECT_ENTRY + " FROM audit_entry WHERE hash IS NULL AND at < :cutoff ORDER BY seq LIMIT 5000")
                .param("cutoff", Timestamp.from(cutoff)).query((rs, n) -> entry(rs, 0, null)).list();
        if (pending.isEmpty()) {
            return 0;
        }
        // The whole batch in one statement: hashes are hex, positions and sequence numbers are numbers.
        StringBuilder seqs = new StringBuilder("{");
        StringBuilder positions = new StringBuilder("{");
        StringBuilder prevs = new StringBuilder("{");
        StringBuilder hashes = new StringBuilder("{");
        for (Entry e : pending) {
            pos++;
            String hash = e.at(pos, prev).hash();
            String sep = seqs.length() > 1 ? "," : "";
            seqs.append(sep).append(e.seq());
            positions.append(sep).append(pos);
            prevs.append(sep).append('"').append(prev).append('"');
            hashes.append(sep).append('"').append(hash).append('"');
            prev = hash;
        }
        jdbc.sql("""
                UPDATE audit_entry a SET chain_pos = u.pos, prev_hash = u.prev, hash = u.hash
                FROM unnest(CAST(:seqs AS bigint[]), CAST(:positions AS bigint[]), CAST(:prevs AS text[]), CAST(:hashes AS text[]))
                     AS u(seq, pos, prev, hash)
                WHERE a.seq = u.seq""")
                .param("seqs", seqs.append('}').toString()).param("positions", positions.append('}').toString())
                .param("prevs", prevs.append('}').toString()).param("hashes", hashes.append('}').toString()).update();
        return pending.size();
    }

    PageOf<AccessLogEntry> forPerson(PersonId personId, int page, int size) {
        long total = jdbc.sql("SELECT count(*) FROM audit_entry WHERE person_id = :p").param("p", personId)
                .query(Long.class).single();
        List<AccessLogEntry> items = jdbc.sql("""
                SELECT actor, actor_role, action, object_type, at, break_glass FROM audit_entry
                WHERE person_id = :p ORDER BY seq DESC LIMIT :limit OFFSET :offset
                """).param("p", personId).param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> new AccessLogEntry(rs.getString("actor"), rs.getString("actor_role"), AuditAction.valueOf(rs.getString("action")),
                        rs.getString("object_type"), rs.getTimestamp("at").toInstant(), rs.getBoolean("break_glass")))
                .list();
        return new PageOf<>(items, page, size, total);
    }

    ChainCheck verify() {
        AtomicReference<String> prev = new AtomicReference<>(GENESIS);
        long[] count = {0};
        Long[] broken = {null};
        String[] problem = {null};
        jdbc.sql(SELECT_ENTRY + ", chain_pos, prev_hash, hash FROM audit_entry WHERE chain_pos IS NOT NULL ORDER BY chain_pos")
                .query(rs -> {
                    if (broken[0] != null) {
                        return;
                    }
                    count[0]++;
                    long pos = rs.getLong("chain_pos");
                    Entry e = entry(rs, pos, rs.getString("prev_hash"));
                    if (pos != count[0]) {
                        broken[0] = pos;
                        problem[0] = "an entry before it is missing";
                    } else if (!e.prevHash().equals(prev.get())) {
                        broken[0] = pos;
                        problem[0] = "it does not point at the entry before it";
                    } else if (!e.hash().equals(rs.getString("hash"))) {
                        broken[0] = pos;
                        problem[0] = "its contents do not match its hash";
                    }
                    prev.set(rs.getString("hash"));
                });
        long pending = jdbc.sql("SELECT count(*) FROM audit_entry WHERE hash IS NULL").query(Long.class).single();
        return new ChainCheck(count[0], broken[0], problem[0], pending);
    }

    private static final String SELECT_ENTRY = """
            SELECT seq, at, actor, actor_role, organisation_id, person_id, action, object_type, object_id,
                   request_id, client_address, break_glass""";

    private static Entry entry(java.sql.ResultSet rs, long pos, String prevHash) throws java.sql.SQLException {
        return new Entry(rs.getLong("seq"), pos, rs.getTimestamp("at").toInstant(), rs.getString("actor"),
                rs.getString("actor_role"), rs.getObject("organisation_id", UUID.class),
                rs.getObject("person_id", UUID.class), rs.getString("action"), rs.getString("object_type"),
                rs.getString("object_id"), rs.getString("request_id"), rs.getString("client_address"),
                rs.getBoolean("break_glass"), prevHash);
    }

    /** The newest sealed entry: where the chain goes on from. */
    private record Head(long position, String hash) {
    }

    record Entry(long seq, long chainPos, Instant at, String actor, String actorRole, UUID organisationId, UUID personId,
            String action, String objectType, String objectId, String requestId, String clientAddress,
            boolean breakGlass, String prevHash) {

        Entry at(long pos, String prev) {
            return new Entry(seq, pos, at, actor, actorRole, organisationId, personId, action, objectType, objectId,
                    requestId, clientAddress, breakGlass, prev);
        }

        String hash() {
            String canonical = String.join("\u001f", Long.toString(seq), Long.toString(chainPos),
                    Long.toString(at.getEpochSecond()) + "." + at.getNano(), actor, actorRole, str(organisationId),
                    str(personId), action, objectType, str(objectId), str(requestId), str(clientAddress),
                    Boolean.toString(breakGlass), prevHash);
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(canonical.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException ex) {
                throw new IllegalStateException(ex);
            }
        }

        private static String str(Object o) {
            return o == null ? "" : o.toString();
        }
    }
}
