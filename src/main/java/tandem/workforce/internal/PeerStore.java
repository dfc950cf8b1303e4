package tandem.workforce.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.shared.db.Sql;
import tandem.shared.ids.StaffId;
import tandem.workforce.PeerRole;

/** Peer roles, peer supervision and training records. */
@Repository
class PeerStore {

    record SupervisionRow(UUID id, StaffId staffId, StaffId supervisorId, LocalDate heldOn, String notes, LocalDate nextOn) {
    }

    record TrainingRow(UUID id, StaffId staffId, String course, boolean coProduced, LocalDate completedOn, LocalDate expiresOn) {
    }

    private final JdbcClient jdbc;

    PeerStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The peer roles of each of these staff who hold one, by role name. */
    Map<StaffId, List<PeerRole>> roles(Collection<StaffId> staff) {
        Map<StaffId, List<PeerRole>> out = new HashMap<>();
        if (staff.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT staff_id, role FROM peer_role WHERE staff_id = ANY (CAST(:ids AS uuid[])) ORDER BY role")
                .param("ids", Sql.uuidArray(staff.stream().map(StaffId::value).toList())).query((rs, n) -> {
                    out.computeIfAbsent(StaffId.of(rs.getObject("staff_id", UUID.class)), k -> new ArrayList<>())
                            .add(PeerRole.valueOf(rs.getString("role")));
                    return null;
                }).list();
        return out;
    }

    void replaceRoles(StaffId staff, List<PeerRole> roles, LocalDate since) {
        jdbc.sql("DELETE FROM peer_role WHERE staff_id = :s AND NOT (role = ANY (string_to_array(:keep, ',')))")
                .param("s", staff).param("keep", String.join(",", roles.stream().map(Enum::name).toList())).update();
        for (PeerRole r : roles) {
            jdbc.sql("INSERT INTO peer_role (staff_id, role, since) VALUES (:s, :r, :since) ON CONFLICT DO NOTHING")
                    .param("s", staff).param("r", r.name()).param("since", Date.valueOf(since)).update();
        }
    }

    void insertSupervision(SupervisionRow s, String by, Instant at) {
        jdbc.sql("INSERT INTO peer_supervision (id, staff_id, supervisor_id, held_on, notes, next_on, written_by, written_at) "
                + "VALUES (:id, :s, :sup, :on, :notes, :next, :by, :at)").param("id", s.id()).param("s", s.staffId())
                .param("sup", s.supervisorId()).param("on", Date.valueOf(s.heldOn())).param("notes", s.notes())
                .param("next", s.nextOn() == null ? null : Date.valueOf(s.nextOn())).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** A staff member's supervision, newest first. */
    List<SupervisionRow> supervision(StaffId staff) {
        return jdbc.sql("SELECT id, staff_id, supervisor_id, held_on, notes, next_on FROM peer_supervision WHERE staff_id = :s "
                + "ORDER BY held_on DESC").param("s", staff)
                .query((rs, n) -> new SupervisionRow(rs.getObject("id", UUID.class), StaffId.of(rs.getObject("staff_id", UUID.class)),
                        StaffId.of(rs.getObject("supervisor_id", UUID.class)), rs.getDate("held_on").toLocalDate(), rs.getString("notes"),
                        date(rs, "next_on"))).list();
    }

    void insertTraining(TrainingRow t, String by, Instant at) {
        jdbc.sql("INSERT INTO staff_training (id, staff_id, course, co_produced, completed_on, expires_on, written_by, written_at) "
                + "VALUES (:id, :s, :course, :co, :done, :expires, :by, :at)").param("id", t.id()).param("s", t.staffId())
                .param("course", t.course()).param("co", t.coProduced()).param("done", Date.valueOf(t.completedOn()))
                .param("expires", t.expiresOn() == null ? null : Date.valueOf(t.expiresOn())).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** These staff's training, most recently completed first. */
    List<TrainingRow> training(Collection<StaffId> staff) {
        if (staff.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, staff_id, course, co_produced, completed_on, expires_on FROM staff_training "
                + "WHERE staff_id = ANY (CAST(:ids AS uuid[])) ORDER BY completed_on DESC")
                .param("ids", Sql.uuidArray(staff.stream().map(StaffId::value).toList())).query((rs, n) -> new TrainingRow(rs.getObject("id", UUID.class),
                        StaffId.of(rs.getObject("staff_id", UUID.class)), rs.getString("course"), rs.getBoolean("co_produced"),
                        rs.getDate("completed_on").toLocalDate(), date(rs, "expires_on"))).list();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
