package tandem.measures.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonRawValue;

import io.swagger.v3.oas.annotations.media.Schema;

import tandem.identity.CurrentUsers;
import tandem.measures.HistoryRow;
import tandem.measures.MeasuresApi;
import tandem.measures.StoredResponse;
import tandem.measures.scoring.Instrument;
import tandem.measures.scoring.ReliableChange;
import tandem.measures.scoring.Scale;
import tandem.measures.scoring.Scoring.ScaleScore;
import tandem.measures.scoring.Scoring;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** Measures in the JSON API (CONTRACT.md "Measures"). */
@RestController
class MeasuresApiController {

    record InstrumentSummary(String code, String title, int version, boolean wordingInstalled) {
    }

    record ScoreRequest(String instrument, Map<String, Object> answers, String authored, Integer definitionVersion,
            UUID aboutStaffId) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ScaleOut(String code, BigDecimal value, boolean scored, String reason, String band) {
        static ScaleOut of(ScaleScore s) {
            return new ScaleOut(s.code(), s.value(), s.scored(), s.reason(), s.band());
        }
    }

    record ScoreResponse(String instrument, int definitionVersion, List<ScaleOut> scales) {
    }

    record Created(UUID id, String instrument, int definitionVersion, List<ScaleOut> scales) {
    }

    record Change(BigDecimal fromFirst, boolean reliable, String direction) {
    }

    /** A stored response in the history: its scale scores are written as stored (JSON, nulls left out). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HistoryOut(UUID id, String instrument, int definitionVersion, Instant authored, boolean completedTogether,
            @JsonRawValue @Schema(implementation = ScaleOut[].class) String scales, Change change) {
    }

    private final CurrentUsers identity;
    private final MeasuresApi measures;

    MeasuresApiController(CurrentUsers identity, MeasuresApi measures) {
        this.identity = identity;
        this.measures = measures;
    }

    @GetMapping("/api/v1/instruments")
    List<InstrumentSummary> instruments() {
        return measures.instruments().stream()
                .map(i -> new InstrumentSummary(i.code(), i.title(), i.version(), i.wordingInstalled())).toList();
    }

    @GetMapping("/api/v1/instruments/{code}")
    Instrument instrument(@PathVariable String code) {
        return measures.instrument(code);
    }

    @PostMapping("/api/v1/score")
    ScoreResponse score(@RequestBody ScoreRequest body) {
        if (body.instrument() == null) {
            throw new InvalidInputException("instrument", "Name the instrument, like QPR15");
        }
        measures.checkVersion(body.instrument(), body.definitionVersion());
        Scoring.Result result = measures.score(body.instrument(), body.answers());
        return new ScoreResponse(result.instrument(), result.definitionVersion(),
                result.scales().stream().map(ScaleOut::of).toList());
    }

    @PostMapping("/api/v1/people/{personId}/responses")
    ResponseEntity<Created> record(@PathVariable PersonId personId, @RequestBody ScoreRequest body,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (body.instrument() == null) {
            throw new InvalidInputException("instrument", "Name the instrument, like QPR15");
        }
        measures.checkVersion(body.instrument(), body.definitionVersion());
        StoredResponse r = measures.record(identity.require(), personId, body.instrument(), body.answers(),
                parseInstant(body.authored()), false, idempotencyKey, StaffId.of(body.aboutStaffId()));
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/responses/" + r.id()))
                .body(new Created(r.id(), r.instrument(), r.definitionVersion(), r.scales().stream().map(ScaleOut::of).toList()));
    }

    @GetMapping("/api/v1/people/{personId}/responses")
    List<HistoryOut> history(@PathVariable PersonId personId, @RequestParam(required = false) String instrument) {
        List<HistoryRow> all = measures.historyRows(identity.require(), personId, instrument);
        // Per instrument: the headline scale of its newest response's definition, and its first scored value.
        Map<String, Scale> headline = new java.util.HashMap<>();
        Map<String, BigDecimal> first = new java.util.HashMap<>();
        for (HistoryRow r : all) {
            headline.computeIfAbsent(r.instrument(), c -> MeasuresApi.primaryScale(measures.instrument(c, r.definitionVersion())));
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            HistoryRow r = all.get(i);
            if (r.headline() != null && headline.get(r.instrument()).code().equals(r.headlineCode())) {
                first.putIfAbsent(r.instrument(), r.headline());
            }
        }
        List<HistoryOut> out = new java.util.ArrayList<>(all.size());
        for (HistoryRow r : all) {
            Scale scale = headline.get(r.instrument());
            BigDecimal from = first.get(r.instrument());
            ReliableChange c = from == null || r.headline() == null || !scale.code().equals(r.headlineCode()) ? null
                    : ReliableChange.between(scale, from, r.headline());
            out.add(new HistoryOut(r.id(), r.instrument(), r.definitionVersion(), r.authored(), r.completedTogether(),
                    r.scalesJson(), c == null ? null : new Change(c.difference(), c.reliable(), c.direction())));
        }
        return out;
    }

    private static Instant parseInstant(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("authored", "Must be a date and time like 2026-11-26T10:15:30Z");
        }
    }
}
