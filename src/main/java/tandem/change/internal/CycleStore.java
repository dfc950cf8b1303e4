package tandem.change.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.change.ChangeViews.Cycle;
import tandem.change.ChangeViews.CycleStep;

/** Action learning cycles and their steps (change_cycle, change_cycle_step). */
@Repository
class CycleStore {

    private final JdbcClient jdbc;

    CycleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID organisation, Cycle c) {
        jdbc.sql("INSERT INTO change_cycle (id, organisation_id, challenge, title, created_by, created_at) "
                + "VALUES (:id, :o, :c, :t, :by, :at)").param("id", c.id()).param("o", organisation).param("c", c.challenge())
                .param("t", c.title()).param("by", c.createdBy()).param("at", Timestamp.from(c.createdAt())).update();
    }

    void insertStep(UUID cycle, CycleStep s, String user) {
        jdbc.sql("INSERT INTO change_cycle_step (cycle_id, step, text, done_on, by_name, by_user) VALUES (:c, :s, :t, :on, :name, :u)")
                .param("c", cycle).param("s", s.step()).param("t", s.text()).param("on", Date.valueOf(s.doneOn()))
                .param("name", s.byName()).param("u", user).update();
    }

    /** Closes an open cycle; false when it was closed already. */
    boolean close(UUID cycle, Instant at) {
        return jdbc.sql("UPDATE change_cycle SET closed_at = :at WHERE id = :c AND closed_at IS NULL").param("c", cycle)
                .param("at", Timestamp.from(at)).update() == 1;
    }

    /** The organisation's cycles, newest first, each with its steps in order. */
    List<Cycle> cycles(UUID organisation) {
        return jdbc.sql("SELECT id, challenge, title, created_by, created_at, closed_at FROM change_cycle WHERE organisation_id = :o "
                + "ORDER BY created_at DESC").param("o", organisation)
                .query((rs, n) -> new Cycle(rs.getObject("id", UUID.class), rs.getInt("challenge"), rs.getString("title"),
                        rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("closed_at") == null ? null : rs.getTimestamp("closed_at").toInstant(), List.of()))
                .list().stream().map(c -> new Cycle(c.id(), c.challenge(), c.title(), c.createdBy(), c.createdAt(), c.closedAt(),
                        steps(c.id()))).toList();
    }

    private List<CycleStep> steps(UUID cycle) {
        return jdbc.sql("SELECT step, text, done_on, by_name FROM change_cycle_step WHERE cycle_id = :c ORDER BY step").param("c", cycle)
                .query((rs, n) -> new CycleStep(rs.getInt("step"), rs.getString("text"), rs.getDate("done_on").toLocalDate(),
                        rs.getString("by_name"))).list();
    }
}
