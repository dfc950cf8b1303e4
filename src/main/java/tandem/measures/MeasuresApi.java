package tandem.measures;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import tandem.identity.CurrentUser;
import tandem.measures.scoring.Instrument;
import tandem.measures.scoring.Scale;
import tandem.measures.scoring.Scoring;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/**
 * The measures module's public face: the instruments in use, stateless scoring, and storing and
 * reading a person's responses. Every read or change of a person's responses goes through the
 * access decision ({@code consent.AccessDecisions}) and is audited; a caller who may not see the
 * person gets {@code PersonNotFoundException}, exactly as if the person did not exist.
 */
public interface MeasuresApi {

    /** The current version of every instrument in use, shipped or imported. Open to everyone signed in. */
    List<Instrument> instruments();

    /** The current version of an instrument; {@code NotFoundException} when there is none of that code. */
    Instrument instrument(String code);

    /** A given version of an instrument (versions never change once stored); {@code NotFoundException} when unknown. */
    Instrument instrument(String code, int version);

    /** The definition JSON of an instrument's current version; {@code NotFoundException} when unknown. */
    String definitionJson(String code);

    /**
     * Installs a new version of an instrument: its scoring definition and the service's wording.
     * Administrators only ({@code ForbiddenException} otherwise). Earlier responses keep the version
     * they were scored with.
     */
    Instrument install(CurrentUser admin, Instrument instrument, String definitionJson);

    /**
     * Refuses answers made for an older (retired) version of a definition with {@code ConflictException}
     * (the items may have changed). No version given means the current one, which is always accepted.
     */
    void checkVersion(String code, Integer definitionVersion);

    /** Scores answers without storing anything; {@code InvalidInputException} names each answer that is wrong. */
    Scoring.Result score(String code, Map<String, ?> answers);

    /**
     * Stores and scores a completed response for a person: the person themselves, or someone who may
     * open their record (a clinician-rated instrument only by staff). A retried request with the same
     * idempotency key stores nothing new and returns the response stored the first time. Refuses
     * answers that do not fit the instrument, a completion time in the future and an unusable key
     * ({@code InvalidInputException}). The response, the completed request and the audit entry commit
     * together, and {@link ResponseRecorded} is published inside the same transaction.
     */
    StoredResponse record(CurrentUser user, PersonId personId, String code, Map<String, ?> answers, Instant authored, boolean together,
            String idempotencyKey);

    /**
     * As {@link #record(CurrentUser, PersonId, String, Map, Instant, boolean, String)}; {@code aboutStaffId}
     * names the worker a relationship questionnaire (STAR-P) is about, who must work in the person's
     * organisation. A clinician's STAR-C is about the clinician who enters it. The two are shown side by side.
     */
    StoredResponse record(CurrentUser user, PersonId personId, String code, Map<String, ?> answers, Instant authored, boolean together,
            String idempotencyKey, StaffId aboutStaffId);

    /** A person's responses with their scores, newest first (all instruments when {@code code} is null); audited as a read. */
    List<StoredResponse> history(CurrentUser user, PersonId personId, String code);

    /**
     * A person's responses as the history API lists them, newest first (all instruments when
     * {@code code} is null); audited like {@link #history}.
     */
    List<HistoryRow> historyRows(CurrentUser user, PersonId personId, String code);

    /**
     * STAR-P and STAR-C about the same relationships, side by side: per worker, the person's and the
     * worker's ratings in date order. Audited as a read.
     */
    List<RelationshipPair> relationship(CurrentUser user, PersonId personId);

    /** One STAR rating of a person–worker relationship. */
    record RelationshipPair(StaffId staffId, String staffName, String instrument, Instant authored, BigDecimal total) {
    }

    /** The signed-in person's own latest response to an instrument (nobody else's); empty for staff. Not audited: it is their own. */
    List<StoredResponse> ownLatest(CurrentUser user, String code);

    /** One instrument's results for a person, ready to show (latest score, reliable change, series); audited as a read. */
    ResultView results(CurrentUser user, PersonId personId, String code);

    /** One scale of one stored response, its parts as stored (text, null when absent there). */
    record ResponseScale(PersonId personId, String instrument, int definitionVersion, Instant authored, String scale, String value,
            String scored, String band) {
    }

    /**
     * For research extracts only (no record is opened, nothing is audited here: the caller audits the
     * export): every scale of every stored response of these people, in no particular order. For
     * callers that have already decided the people may be included (research consent); refuses nothing.
     */
    List<ResponseScale> scalesOf(Collection<PersonId> people);

    /** One scored scale of one stored response, with the organisation it was stored under. */
    record Score(UUID responseId, PersonId personId, OrganisationId organisationId, String instrument, Instant authored, String scale,
            BigDecimal value, String band) {
    }

    /**
     * For read models kept by other modules (no record is opened, nothing is audited): every scored
     * scale of every stored response to an instrument, handed over one at a time, the responses in
     * pages of a few thousand so that no list of them all is held. Scales that could not be scored
     * are left out. Refuses nothing; for callers that keep the scores to themselves and show only
     * aggregates.
     */
    void scores(String instrument, Consumer<Score> each);

    /** The headline scale of an instrument: TOTAL, else METRIC, else the first. */
    static Scale primaryScale(Instrument instrument) {
        return instrument.scale("TOTAL").or(() -> instrument.scale("METRIC")).orElse(instrument.scales().get(0));
    }
}
