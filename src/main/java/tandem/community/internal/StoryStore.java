package tandem.community.internal;

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

import tandem.community.Attribution;
import tandem.community.ContentNote;
import tandem.community.StoryStatus;
import tandem.community.Visibility;
import tandem.measures.scoring.Chime;
import tandem.shared.PageOf;
import tandem.shared.db.Sql;

/** Stories, moderation decisions, submissions (for the rate limit) and saved links. */
@Repository
class StoryStore {

    private static final String COLUMNS = "id, author_account, author_person_id, organisation_id, status, visibility, attribution, "
            + "byline, title, body, array_to_string(content_notes, ',') AS notes, array_to_string(chime, ',') AS chime, "
            + "moderation_note, published_at, updated_at, version";

    /** Published stories the reader may see: public ones, and their own organisation's when signed in. */
    private static final String READABLE = "status = 'PUBLISHED' AND (visibility = 'PUBLIC' "
            + "OR (visibility = 'ORGANISATION' AND organisation_id = :org))";

    private final JdbcClient jdbc;

    StoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(StoryRow s) {
        jdbc.sql("""
                INSERT INTO story (id, author_account, author_person_id, organisation_id, status, visibility, attribution,
                    byline, title, body, content_notes, chime, created_at, updated_at)
                VALUES (:id, :account, :person, :org, :status, :visibility, :attribution, :byline, :title, :body,
                    string_to_array(:notes, ','), string_to_array(:chime, ','), :now, :now)
                """)
                .param("id", s.id()).param("account", s.authorAccount()).param("person", s.authorPersonId())
                .param("org", s.organisationId()).param("status", s.status().name()).param("visibility", s.visibility().name())
                .param("attribution", s.attribution().name()).param("byline", s.byline()).param("title", s.title())
                .param("body", s.body()).param("notes", names(s.contentNotes()))
                .param("chime", names(s.chime())).param("now", Timestamp.from(s.updatedAt())).update();
    }

    /** The author's new version; false when the version they edited is no longer the current one. */
    boolean update(StoryRow s, long expectedVersion) {
        return jdbc.sql("""
                UPDATE story SET status = :status, visibility = :visibility, attribution = :attribution, byline = :byline,
                    title = :title, body = :body, content_notes = string_to_array(:notes, ','), chime = string_to_array(:chime, ','),
                    moderation_note = NULL, moderated_by = NULL, moderated_at = NULL, published_at = NULL,
                    updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version AND status <> 'WITHDRAWN'
                """)
                .param("id", s.id()).param("status", s.status().name()).param("visibility", s.visibility().name())
                .param("attribution", s.attribution().name()).param("byline", s.byline()).param("title", s.title())
                .param("body", s.body()).param("notes", names(s.contentNotes()))
                .param("chime", names(s.chime())).param("now", Timestamp.from(s.updatedAt()))
                .param("version", expectedVersion).update() == 1;
    }

    /** Removes the words at once; saved links go with them (the audit trail keeps that it happened). */
    boolean withdraw(UUID id, Instant now) {
        jdbc.sql("DELETE FROM story_saved WHERE story_id = :id").param("id", id).update();
        return jdbc.sql("""
                UPDATE story SET status = 'WITHDRAWN', title = NULL, body = NULL, content_notes = '{}', chime = '{}',
                    moderation_note = NULL, published_at = NULL, withdrawn_at = :now, updated_at = :now, version = version + 1
                WHERE id = :id AND status <> 'WITHDRAWN'
                """).param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    /** Records a decision on a story that is still waiting; false when someone else decided first. */
    boolean moderate(UUID id, UUID moderator, String moderatorName, Decision decision, String note, Instant now) {
        int changed = jdbc.sql("""
                UPDATE story SET status = :status, moderation_note = :note, moderated_by = :by, moderated_at = :now,
                    published_at = CASE WHEN :status = 'PUBLISHED' THEN CAST(:now AS timestamptz) END, version = version + 1
                WHERE id = :id AND status = 'PENDING'
                """).param("id", id)
                .param("status", (decision == Decision.PUBLISH ? StoryStatus.PUBLISHED : StoryStatus.RETURNED).name())
                .param("note", note).param("by", moderatorName).param("now", Timestamp.from(now)).update();
        if (changed == 1) {
            jdbc.sql("INSERT INTO story_moderation (id, story_id, moderator, decision, note, decided_at) "
                    + "VALUES (:id, :story, :moderator, :decision, :note, :now)")
                    .param("id", UUID.randomUUID()).param("story", id).param("moderator", moderator)
                    .param("decision", decision.name()).param("note", note).param("now", Timestamp.from(now)).update();
        }
        return changed == 1;
    }

    Optional<StoryRow> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM story WHERE id = :id").param("id", id).query(StoryStore::row).optional();
    }

    PageOf<StoryRow> readable(UUID organisationId, String query, String chime, int page, int size) {
        String where = " WHERE " + READABLE + " AND (:q = '' OR title ILIKE :like ESCAPE '\\' OR body ILIKE :like ESCAPE '\\')"
                + " AND (:chime = '' OR :chime = ANY (chime))";
        String q = query == null ? "" : query.trim();
        String like = Sql.contains(q);
        UUID org = organisationId == null ? new UUID(0, 0) : organisationId;
        String c = chime == null ? "" : chime;
        long total = jdbc.sql("SELECT count(*) FROM story" + where).param("org", org).param("q", q).param("like", like)
                .param("chime", c).query(Long.class).single();
        List<StoryRow> rows = jdbc.sql("SELECT " + COLUMNS + " FROM story" + where
                + " ORDER BY published_at DESC, id LIMIT :limit OFFSET :offset")
                .param("org", org).param("q", q).param("like", like).param("chime", c)
                .param("limit", size).param("offset", (long) page * size).query(StoryStore::row).list();
        return new PageOf<>(rows, page, size, total);
    }

    List<StoryRow> byAuthor(UUID account) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM story WHERE author_account = :a AND status <> 'WITHDRAWN' "
                + "ORDER BY updated_at DESC").param("a", account).query(StoryStore::row).list();
    }

    /** Waiting stories a moderator may decide: their organisation's, and those of authors outside any organisation. */
    List<StoryRow> pending(UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM story WHERE status = 'PENDING' "
                + "AND (organisation_id IS NULL OR organisation_id = :org) ORDER BY updated_at, id")
                .param("org", organisationId == null ? new UUID(0, 0) : organisationId).query(StoryStore::row).list();
    }

    void recordSubmission(UUID account, UUID story, Instant now) {
        jdbc.sql("INSERT INTO story_submission (account_id, story_id, submitted_at) VALUES (:a, :s, :now)")
                .param("a", account).param("s", story).param("now", Timestamp.from(now)).update();
    }

    int submissionsSince(UUID account, Instant since) {
        return jdbc.sql("SELECT count(*) FROM story_submission WHERE account_id = :a AND submitted_at > :since")
                .param("a", account).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    int decisionsSince(UUID moderator, Instant since) {
        return jdbc.sql("SELECT count(*) FROM story_moderation WHERE moderator = :m AND decided_at > :since")
                .param("m", moderator).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    void save(UUID person, UUID story) {
        jdbc.sql("INSERT INTO story_saved (person_id, story_id) VALUES (:p, :s) ON CONFLICT DO NOTHING")
                .param("p", person).param("s", story).update();
    }

    boolean unsave(UUID person, UUID story) {
        return jdbc.sql("DELETE FROM story_saved WHERE person_id = :p AND story_id = :s")
                .param("p", person).param("s", story).update() == 1;
    }

    boolean isSaved(UUID person, UUID story) {
        return jdbc.sql("SELECT count(*) FROM story_saved WHERE person_id = :p AND story_id = :s")
                .param("p", person).param("s", story).query(Integer.class).single() > 0;
    }

    /** Saved stories the person can still read (a story made private, returned or withdrawn drops out). */
    List<StoryRow> saved(UUID person, UUID organisationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM story s JOIN story_saved v ON v.story_id = s.id "
                + "WHERE v.person_id = :p AND " + READABLE + " ORDER BY v.saved_at DESC")
                .param("p", person).param("org", organisationId == null ? new UUID(0, 0) : organisationId)
                .query(StoryStore::row).list();
    }

    private static StoryRow row(ResultSet rs, int n) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new StoryRow(rs.getObject("id", UUID.class), rs.getObject("author_account", UUID.class),
                rs.getObject("author_person_id", UUID.class), rs.getObject("organisation_id", UUID.class),
                StoryStatus.valueOf(rs.getString("status")), Visibility.valueOf(rs.getString("visibility")),
                Attribution.valueOf(rs.getString("attribution")), rs.getString("byline"), rs.getString("title"), rs.getString("body"),
                split(rs.getString("notes")).stream().map(ContentNote::valueOf).toList(),
                split(rs.getString("chime")).stream().map(Chime::valueOf).toList(),
                rs.getString("moderation_note"), published == null ? null : published.toInstant(),
                rs.getTimestamp("updated_at").toInstant(), rs.getLong("version"));
    }

    private static String names(List<? extends Enum<?>> values) {
        return String.join(",", values.stream().map(Enum::name).toList());
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
    }
}
