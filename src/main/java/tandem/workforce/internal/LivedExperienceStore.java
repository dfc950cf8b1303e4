package tandem.workforce.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.shared.db.Sql;
import tandem.shared.ids.StaffId;

/** Staff members' own lived-experience answers, and each organisation's monthly counts. */
@Repository
class LivedExperienceStore {

    /** A staff member's own answer. */
    record AnswerRow(boolean hasIt, boolean usesOpenly) {
    }

    /** An organisation's count in one month. */
    record MonthRow(LocalDate month, int staff, int withIt) {
    }

    private final JdbcClient jdbc;

    LivedExperienceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AnswerRow> answer(StaffId staff) {
        return jdbc.sql("SELECT has_it, uses_openly FROM lived_experience WHERE staff_id = :s").param("s", staff)
                .query((rs, n) -> new AnswerRow(rs.getBoolean("has_it"), rs.getBoolean("uses_openly"))).optional();
    }

    void saveAnswer(StaffId staff, boolean has, boolean openly, Instant at) {
        jdbc.sql("INSERT INTO lived_experience (staff_id, has_it, uses_openly, updated_at) VALUES (:s, :h, :o, :at) "
                + "ON CONFLICT (staff_id) DO UPDATE SET has_it = EXCLUDED.has_it, uses_openly = EXCLUDED.uses_openly, "
                + "updated_at = EXCLUDED.updated_at").param("s", staff).param("h", has).param("o", openly)
                .param("at", Timestamp.from(at)).update();
    }

    /** How many of these staff said they have lived experience. */
    int withLivedExperience(Collection<UUID> staff) {
        if (staff.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM lived_experience WHERE has_it AND staff_id = ANY (CAST(:ids AS uuid[]))")
                .param("ids", Sql.uuidArray(staff)).query(Integer.class).single();
    }

    void saveMonth(UUID organisation, LocalDate month, int staff, int with) {
        jdbc.sql("INSERT INTO lived_experience_monthly (organisation_id, month, staff, with_it) VALUES (:o, :m, :s, :w) "
                + "ON CONFLICT (organisation_id, month) DO UPDATE SET staff = EXCLUDED.staff, with_it = EXCLUDED.with_it")
                .param("o", organisation).param("m", Date.valueOf(month)).param("s", staff).param("w", with).update();
    }

    /** The organisation's monthly counts, oldest first. */
    List<MonthRow> months(UUID organisation) {
        return jdbc.sql("SELECT month, staff, with_it FROM lived_experience_monthly WHERE organisation_id = :o ORDER BY month")
                .param("o", organisation)
                .query((rs, n) -> new MonthRow(rs.getDate("month").toLocalDate(), rs.getInt("staff"), rs.getInt("with_it")))
                .list();
    }
}
