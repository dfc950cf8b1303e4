package tandem.recovery.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.recovery.Journal;
import tandem.recovery.PlanViews.CrisisPlan;
import tandem.recovery.PlanViews.Heard;
import tandem.recovery.PlanViews.JournalEntry;
import tandem.recovery.PlanViews.Strength;
import tandem.recovery.PlanViews.Strengths;
import tandem.recovery.PlanViews.Values;
import tandem.recovery.Way;
import tandem.shared.db.Sql;
import tandem.shared.ids.PersonId;

/**
 * Versioned plan sections (values, strengths, crisis plan), "what I heard" notes and the journal.
 * A save inserts version n+1; two saves of the same version collide on the primary key, so the
 * second is told the plan changed.
 */
@Repository
class PlanStore {

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // Values

    public void insertValues(PersonId person, Values v) {
        jdbc.sql("""
                INSERT INTO plan_values (person_id, version, what_matters, value_cards, what_helps, what_does_not_help,
                    treatment, contact, involve, written_by, written_at)
                VALUES (:p, :v, :matters, string_to_array(:cards, E'\\x1f'), :helps, :not, :treatment, :contact, :involve, :by, :at)
                """).param("p", person).param("v", v.version()).param("matters", v.whatMatters())
                .param("cards", String.join("\u001f", v.valueCards())).param("helps", v.whatHelps())
                .param("not", v.whatDoesNotHelp()).param("treatment", v.treatment()).param("contact", v.contact())
                .param("involve", v.involve()).param("by", v.writtenBy()).param("at", Timestamp.from(v.writtenAt())).update();
    }

    public List<Values> values(PersonId person) {
        return jdbc.sql("SELECT *, array_to_string(value_cards, E'\\x1f') AS cards FROM plan_values WHERE person_id = :p "
                + "ORDER BY version DESC").param("p", person).query((rs, n) -> new Values(rs.getInt("version"),
                        rs.getString("what_matters"), split(rs.getString("cards")), rs.getString("what_helps"),
                        rs.getString("what_does_not_help"), rs.getString("treatment"), rs.getString("contact"),
                        rs.getString("involve"), rs.getString("written_by"), rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    // Strengths

    public void insertStrengths(PersonId person, Strengths s) {
        jdbc.sql("INSERT INTO plan_strengths (person_id, version, domains, priorities, written_by, written_at) "
                + "VALUES (:p, :v, CAST(:domains AS jsonb), :priorities, :by, :at)")
                .param("p", person).param("v", s.version()).param("domains", Json.write(s.domains()))
                .param("priorities", s.priorities()).param("by", s.writtenBy()).param("at", Timestamp.from(s.writtenAt()))
                .update();
    }

    public List<Strengths> strengths(PersonId person) {
        return jdbc.sql("SELECT * FROM plan_strengths WHERE person_id = :p ORDER BY version DESC").param("p", person)
                .query((rs, n) -> new Strengths(rs.getInt("version"), domains(rs.getString("domains")),
                        rs.getString("priorities"), rs.getString("written_by"), rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    private static List<Strength> domains(String json) {
        List<Strength> out = new ArrayList<>();
        for (Map<String, String> m : tools.jackson.databind.json.JsonMapper.builder().build()
                .readValue(json, new tools.jackson.core.type.TypeReference<List<Map<String, String>>>() { })) {
            out.add(new Strength(m.get("domain"), m.get("current"), m.get("desires"), m.get("resources")));
        }
        return out;
    }

    // What I heard

    public void insertHeard(PersonId person, Heard h, String author) {
        jdbc.sql("INSERT INTO plan_heard (id, person_id, section, text, author, author_name, written_at) "
                + "VALUES (:id, :p, :section, :text, :author, :name, :at)")
                .param("id", h.id()).param("p", person).param("section", h.section()).param("text", h.text())
                .param("author", author).param("name", h.authorName()).param("at", Timestamp.from(h.writtenAt())).update();
    }

    public List<Heard> heard(PersonId person) {
        return jdbc.sql("SELECT * FROM plan_heard WHERE person_id = :p ORDER BY written_at DESC").param("p", person)
                .query((rs, n) -> new Heard(rs.getObject("id", UUID.class), rs.getString("section"), rs.getString("text"),
                        rs.getString("author_name"), rs.getTimestamp("written_at").toInstant())).list();
    }

    // Wellness and crisis plan

    public void insertCrisisPlan(PersonId person, CrisisPlan c) {
        jdbc.sql("INSERT INTO crisis_plan (person_id, version, sections, review_due, written_by, written_at) "
                + "VALUES (:p, :v, CAST(:sections AS jsonb), :due, :by, :at)")
                .param("p", person).param("v", c.version()).param("sections", Json.write(c.sections()))
                .param("due", c.reviewDue() == null ? null : Date.valueOf(c.reviewDue())).param("by", c.writtenBy())
                .param("at", Timestamp.from(c.writtenAt())).update();
    }

    public List<CrisisPlan> crisisPlans(PersonId person) {
        return jdbc.sql("SELECT * FROM crisis_plan WHERE person_id = :p ORDER BY version DESC").param("p", person)
                .query((rs, n) -> new CrisisPlan(rs.getInt("version"), Json.textMap(rs.getString("sections")),
                        date(rs, "review_due"), rs.getString("written_by"), rs.getTimestamp("written_at").toInstant()))
                .list();
    }

    // Journal

    public void insertJournal(PersonId person, JournalEntry e, Instant at) {
        jdbc.sql("INSERT INTO journal_entry (id, person_id, entry_on, way, note, written_at) VALUES (:id, :p, :on, :way, :note, :at)")
                .param("id", e.id()).param("p", person).param("on", Date.valueOf(e.on())).param("way", e.way().name())
                .param("note", e.note()).param("at", Timestamp.from(at)).update();
    }

    public List<JournalEntry> journal(PersonId person, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT * FROM journal_entry WHERE person_id = :p AND entry_on BETWEEN :from AND :to "
                + "ORDER BY entry_on DESC, written_at DESC").param("p", person).param("from", Date.valueOf(from))
                .param("to", Date.valueOf(to))
                .query((rs, n) -> new JournalEntry(rs.getObject("id", UUID.class), rs.getDate("entry_on").toLocalDate(),
                        Way.valueOf(rs.getString("way")), rs.getString("note"))).list();
    }

    public boolean journalShared(PersonId person) {
        return jdbc.sql("SELECT with_care_team FROM journal_sharing WHERE person_id = :p").param("p", person)
                .query(Boolean.class).optional().orElse(false);
    }

    public void shareJournal(PersonId person, boolean shared, Instant at) {
        jdbc.sql("INSERT INTO journal_sharing (person_id, with_care_team, changed_at) VALUES (:p, :s, :at) "
                + "ON CONFLICT (person_id) DO UPDATE SET with_care_team = EXCLUDED.with_care_team, changed_at = EXCLUDED.changed_at")
                .param("p", person).param("s", shared).param("at", Timestamp.from(at)).update();
    }

    // Team participation (REFOCUS): counts over a set of people.

    /** Of a set of people: how many have values, strengths and goals recorded, and how many had all three reviewed since a date. */
    record Participation(int withValues, int withStrengths, int withGoals, int reviewed) {

        static final Participation NONE = new Participation(0, 0, 0, 0);
    }

    /** How many of these people have values, strengths and goals recorded, and how many reviewed since the date. */
    public Participation participation(List<UUID> people, Instant reviewedSince) {
        if (people.isEmpty()) {
            return Participation.NONE;
        }
        String ids = Sql.uuidArray(people);
        return jdbc.sql("""
                SELECT
                  (SELECT count(DISTINCT person_id) FROM plan_values WHERE person_id = ANY (CAST(:ids AS uuid[]))) AS with_values,
                  (SELECT count(DISTINCT person_id) FROM plan_strengths WHERE person_id = ANY (CAST(:ids AS uuid[]))) AS with_strengths,
                  (SELECT count(DISTINCT person_id) FROM goal WHERE person_id = ANY (CAST(:ids AS uuid[]))) AS with_goals,
                  (SELECT count(*) FROM unnest(CAST(:ids AS uuid[])) AS p(id)
                     WHERE EXISTS (SELECT 1 FROM plan_values v WHERE v.person_id = p.id AND v.written_at >= :since)
                       AND EXISTS (SELECT 1 FROM plan_strengths s WHERE s.person_id = p.id AND s.written_at >= :since)
                       AND EXISTS (SELECT 1 FROM goal g JOIN goal_review r ON r.goal_id = g.id
                                   WHERE g.person_id = p.id AND r.reviewed_at >= :since)) AS reviewed
                """).param("ids", ids).param("since", Timestamp.from(reviewedSince))
                .query((rs, n) -> new Participation(rs.getInt("with_values"), rs.getInt("with_strengths"), rs.getInt("with_goals"),
                        rs.getInt("reviewed"))).single();
    }

    static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\u001f"));
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

}
