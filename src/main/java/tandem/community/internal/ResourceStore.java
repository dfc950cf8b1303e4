package tandem.community.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tandem.community.Topic;
import tandem.shared.db.Sql;

/** The resources library. Authors and topics are arrays; search looks at authors, title, source and summary. */
@Repository
class ResourceStore {

    private static final String COLUMNS = "id, key, array_to_string(authors, '\u001f') AS authors, year, title, source, url, type, "
            + "array_to_string(topics, ',') AS topics, summary, version";
    private static final String WHERE = " WHERE (:q = '' OR title ILIKE :like ESCAPE '\\' OR source ILIKE :like ESCAPE '\\' "
            + "OR coalesce(summary, '') ILIKE :like ESCAPE '\\' OR array_to_string(authors, ' ') ILIKE :like ESCAPE '\\' "
            + "OR CAST(year AS text) = :q) AND (:topic = '' OR :topic = ANY (topics))";

    private final JdbcClient jdbc;

    ResourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM library_resource").query(Long.class).single();
    }

    long countMatching(String query, String topic) {
        return jdbc.sql("SELECT count(*) FROM library_resource" + WHERE).param("q", query).param("like", Sql.contains(query))
                .param("topic", topic).query(Long.class).single();
    }

    /** Matching references by first author and year; {@code limit} 0 means all. */
    List<ResourceRow> search(String query, String topic, int limit, long offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM library_resource" + WHERE
                + " ORDER BY lower(authors[1]), year, title LIMIT :limit OFFSET :offset")
                .param("q", query).param("like", Sql.contains(query)).param("topic", topic)
                .param("limit", limit == 0 ? Integer.MAX_VALUE : limit).param("offset", offset)
                .query(ResourceStore::row).list();
    }

    Optional<ResourceRow> byKey(String key) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM library_resource WHERE key = :key").param("key", key)
                .query(ResourceStore::row).optional();
    }

    void insert(ResourceRow r, String by) {
        jdbc.sql("""
                INSERT INTO library_resource (id, key, authors, year, title, source, url, type, topics, summary, updated_by)
                VALUES (:id, :key, string_to_array(:authors, E'\\x1f'), :year, :title, :source, :url, :type,
                    string_to_array(:topics, ','), :summary, :by)
                """).param("id", r.id()).param("key", r.key()).param("authors", String.join("\u001f", r.authors()))
                .param("year", r.year()).param("title", r.title()).param("source", r.source()).param("url", r.url())
                .param("type", r.type()).param("topics", String.join(",", r.topics().stream().map(Enum::name).toList()))
                .param("summary", r.summary()).param("by", by).update();
    }

    boolean update(ResourceRow r, String by, long expectedVersion) {
        return jdbc.sql("""
                UPDATE library_resource SET authors = string_to_array(:authors, E'\\x1f'), year = :year, title = :title,
                    source = :source, url = :url, type = :type, topics = string_to_array(:topics, ','), summary = :summary,
                    updated_by = :by, updated_at = now(), version = version + 1
                WHERE key = :key AND version = :version
                """).param("key", r.key()).param("authors", String.join("\u001f", r.authors()))
                .param("year", r.year()).param("title", r.title()).param("source", r.source()).param("url", r.url())
                .param("type", r.type()).param("topics", String.join(",", r.topics().stream().map(Enum::name).toList()))
                .param("summary", r.summary()).param("by", by).param("version", expectedVersion).update() == 1;
    }

    private static ResourceRow row(ResultSet rs, int n) throws SQLException {
        return new ResourceRow(rs.getObject("id", UUID.class), rs.getString("key"),
                Arrays.asList(rs.getString("authors").split("\u001f")), rs.getInt("year"), rs.getString("title"),
                rs.getString("source"), rs.getString("url"), rs.getString("type"),
                Arrays.stream(rs.getString("topics").split(",")).filter(s -> !s.isEmpty()).map(Topic::valueOf).toList(),
                rs.getString("summary"), rs.getLong("version"));
    }
}
