package tandem.workforce.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.shared.db.Sql;
import tandem.workforce.PeerRole;

/** Peer roles, supervision, training, lived-experience answers and the monthly counts. */
@Repository
public class WorkforceStore {

    public record Supervision(UUID id, UUID staffId, UUID supervisorId, LocalDate heldOn, String notes, LocalDate nextOn) {
    }

    public record Training(UUID id, UUID staffId, String course, boolean coProduced, LocalDate completedOn, LocalDate expiresOn) {
    }

    public record Month(LocalDate month, int staff, int withIt) {
    }

    private final JdbcClient jdbc;

    WorkforceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<UUID, List<PeerRole>> roles(Collection<UUID> staff) {
        Map<UUID, List<PeerRole>> out = new HashMap<>();
        if (staff.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT staff_id, role FROM peer_role WHERE staff_id = ANY (CAST(:ids AS uuid[])) ORDER BY role")
                .param("ids", ids(staff)).query((rs, n) -> {
                    out.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(PeerRole.valueOf(rs.getString(2)));
                    return null;
                }).list();
        return out;
    }

    public void replaceRoles(UUID staff, List<PeerRole> roles, LocalDate since) {
        jdbc.sql("DELETE FROM peer_role WHERE staff_id = :s AND NOT (role = ANY (string_to_array(:keep, ',')))")
                .param("s", staff).param("keep", String.join(",", roles.stream().map(Enum::name).toList())).update();
        for (PeerRole r : roles) {
            jdbc.sql("INSERT INTO peer_role (staff_id, role, since) VALUES (:s, :r, :since) ON CONFLICT DO NOTHING")
                    .param("s", staff).param("r", r.name()).param("since", Date.valueOf(since)).update();
        }
    }

    public void insertSupervision(Supervision s, String by, Instant at) {
        jdbc.sql("INSERT INTO peer_supervision (id, staff_id, supervisor_id, held_on, notes, next_on, written_by, written_at) "
                + "VALUES (:id, :s, :sup, :on, :notes, :next, :by, :at)").param("id", s.id()).param("s", s.staffId())
                .param("sup", s.supervisorId()).param("on", Date.valueOf(s.heldOn())).param("notes", s.notes())
                .param("next", s.nextOn() == null ? null : Date.valueOf(s.nextOn())).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    public List<Supervision> supervision(UUID staff) {
        return jdbc.sql("SELECT * FROM peer_supervision WHERE staff_id = :s ORDER BY held_on DESC").param("s", staff)
                .query((rs, n) -> new Supervision(rs.getObject("id", UUID.class), rs.getObject("staff_id", UUID.class),
                        rs.getObject("supervisor_id", UUID.class), rs.getDate("held_on").toLocalDate(), rs.getString("notes"),
                        rs.getDate("next_on") == null ? null : rs.getDate("next_on").toLocalDate())).list();
    }

    public void insertTraining(Training t, String by, Instant at) {
        jdbc.sql("INSERT INTO staff_training (id, staff_id, course, co_produced, completed_on, expires_on, written_by, written_at) "
                + "VALUES (:id, :s, :course, :co, :done, :expires, :by, :at)").param("id", t.id()).param("s", t.staffId())
                .param("course", t.course()).param("co", t.coProduced()).param("done", Date.valueOf(t.completedOn()))
                .param("expires", t.expiresOn() == null ? null : Date.valueOf(t.expiresOn())).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    public List<Training> training(Collection<UUID> staff) {
        if (staff.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT * FROM staff_training WHERE staff_id = ANY (CAST(:ids AS uuid[])) ORDER BY completed_on DESC")
                .param("ids", ids(staff)).query((rs, n) -> new Training(rs.getObject("id", UUID.class),
                        rs.getObject("staff_id", UUID.class), rs.getString("course"), rs.getBoolean("co_produced"),
                        rs.getDate("completed_on").toLocalDate(),
                        rs.getDate("expires_on") == null ? null : rs.getDate("expires_on").toLocalDate())).list();
    }

    /** The staff member's own answer: has lived experience, uses it openly. */
    public Optional<boolean[]> answer(UUID staff) {
        return jdbc.sql("SELECT has_it, uses_openly FROM lived_experience WHERE staff_id = :s").param("s", staff)
                .query((rs, n) -> new boolean[] {rs.getBoolean(1), rs.getBoolean(2)}).optional();
    }

    public void saveAnswer(UUID staff, boolean has, boolean openly, Instant at) {
        jdbc.sql("INSERT INTO lived_experience (staff_id, has_it, uses_openly, updated_at) VALUES (:s, :h, :o, :at) "
                + "ON CONFLICT (staff_id) DO UPDATE SET has_it = EXCLUDED.has_it, uses_openly = EXCLUDED.uses_openly, "
                + "updated_at = EXCLUDED.updated_at").param("s", staff).param("h", has).param("o", openly)
                .param("at", Timestamp.from(at)).update();
    }

    /** How many of these staff said they have lived experience. */
    public int withLivedExperience(Collection<UUID> staff) {
        if (staff.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM lived_experience WHERE has_it AND staff_id = ANY (CAST(:ids AS uuid[]))")
                .param("ids", ids(staff)).query(Integer.class).single();
    }

    public void saveMonth(UUID organisation, LocalDate month, int staff, int with) {
        jdbc.sql("INSERT INTO lived_experience_monthly (organisation_id, month, staff, with_it) VALUES (:o, :m, :s, :w) "
                + "ON CONFLICT (organisation_id, month) DO UPDATE SET staff = EXCLUDED.staff, with_it = EXCLUDED.with_it")
                .param("o", organisation).param("m", Date.valueOf(month)).param("s", staff).param("w", with).update();
    }

    public List<Month> months(UUID organisation) {
        return jdbc.sql("SELECT month, staff, with_it FROM lived_experience_monthly WHERE organisation_id = :o ORDER BY month")
                .param("o", organisation).query((rs, n) -> new Month(rs.getDate(1).toLocalDate(), rs.getInt(2), rs.getInt(3)))
                .list();
    }

    private static String ids(Collection<UUID> ids) {
        return Sql.uuidArray(ids);
    }
}
