package tandem.measures.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tandem.identity.CurrentUsers;
import tools.jackson.databind.json.JsonMapper;

/**
 * Not part of Tandem: bench/ingest and bench/history compile this next to the packaged app, to
 * measure in the same run what the same stack can do at most with their requests (same path shape,
 * same session, CSRF and security filters, same JSON):
 * <ul>
 * <li>{@code POST .../ceiling-responses}: parses the ingest body and inserts one row with its
 * commit (bench_ceiling_response) — no scoring, access decision, audit entry or read model;</li>
 * <li>{@code GET .../ceiling-responses}: reads the same rows as the history endpoint (id, authored,
 * scales of the person's responses to one instrument, newest first) and returns them as JSON — no
 * access decision, audit entry or headline scale.</li>
 * </ul>
 */
@RestController
class ResponsesCeilingController {

    record In(String instrument, Map<String, Integer> answers, String authored) {
    }

    record Created(UUID id) {
    }

    record Row(UUID id, Instant authored, String scales) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CurrentUsers identity;
    private final JdbcClient jdbc;

    ResponsesCeilingController(CurrentUsers identity, JdbcClient jdbc) {
        this.identity = identity;
        this.jdbc = jdbc;
    }

    @PostMapping("/api/v1/people/{personId}/ceiling-responses")
    @ResponseStatus(HttpStatus.CREATED)
    Created ingest(@PathVariable("personId") UUID person, @RequestBody In body) {
        identity.require();
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO bench_ceiling_response (id, person_id, body) VALUES (:id, :p, CAST(:b AS jsonb))").param("id", id)
                .param("p", person).param("b", JSON.writeValueAsString(Map.of("instrument", body.instrument(), "answers", body.answers())))
                .update();
        return new Created(id);
    }

    @GetMapping("/api/v1/people/{personId}/ceiling-responses")
    List<Row> history(@PathVariable("personId") UUID person, @RequestParam("instrument") String instrument) {
        identity.require();
        return jdbc.sql("""
                SELECT id, authored, scales::text AS scales FROM measure_response
                WHERE person_id = :p AND instrument = :i ORDER BY authored DESC LIMIT 1000
                """).param("p", person).param("i", instrument)
                .query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getTimestamp("authored").toInstant(), rs.getString("scales")))
                .list();
    }
}
