package tandem.measures.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.AccessDecisions;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.measures.HistoryRow;
import tandem.measures.MeasuresApi;
import tandem.measures.ResponseRecorded;
import tandem.measures.ResultView;
import tandem.measures.StoredResponse;
import tandem.measures.scoring.Instrument;
import tandem.measures.scoring.ReliableChange;
import tandem.measures.scoring.Scale;
import tandem.measures.scoring.Scoring;
import tandem.measures.scoring.Scoring.ScaleScore;
import tandem.shared.TandemClock;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** {@link MeasuresApi}: responses stored and read through the access decision and the audit log. */
@Service
class MeasuresService implements MeasuresApi {

    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** Responses per statement when every score of an instrument is read. */
    private static final int SCORE_PAGE = 5_000;

    private final InstrumentCatalogue catalogue;
    private final ResponseStore store;
    private final AccessDecisions access;
    private final TandemClock clock;
    private final AssignmentStore assignments;
    private final tandem.people.PeopleApi people;
    private final tandem.audit.AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final SafetyAlertService safety;

    MeasuresService(InstrumentCatalogue catalogue, ResponseStore store, AccessDecisions access, TandemClock clock,
            AssignmentStore assignments, tandem.people.PeopleApi people, tandem.audit.AuditLog audit,
            org.springframework.context.ApplicationEventPublisher events, SafetyAlertService safety) {
        this.events = events;
        this.safety = safety;
        this.assignments = assignments;
        this.people = people;
        this.audit = audit;
        this.catalogue = catalogue;
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    @Override
    public List<Instrument> instruments() {
        return catalogue.all();
    }

    @Override
    public Instrument instrument(String code) {
        return catalogue.find(code).orElseThrow(() -> new NotFoundException("Instrument"));
    }

    @Override
    public Instrument instrument(String code, int version) {
        return catalogue.find(code, version).orElseThrow(() -> new NotFoundException("Instrument"));
    }

    @Override
    public String definitionJson(String code) {
        return catalogue.definitionJson(code).orElseThrow(() -> new NotFoundException("Instrument"));
    }

    @Override
    @Transactional
    public Instrument install(CurrentUser admin, Instrument instrument, String definitionJson) {
        if (!admin.has(tandem.identity.Role.ADMIN)) {
            throw new tandem.shared.error.ForbiddenException("Only administrators install instruments.");
        }
        int version = store.insertImported(instrument.code(), definitionJson, instrument.title(),
                InstrumentCatalogue.wordingJson(instrument), admin.username());
        return catalogue.find(instrument.code(), version).orElseThrow();
    }

    @Override
    public void checkVersion(String code, Integer definitionVersion) {
        if (definitionVersion == null || code == null) {
            return;
        }
        catalogue.find(code).ifPresent(current -> {
            if (current.version() != definitionVersion) {
                throw new tandem.shared.error.ConflictException("definitionVersion", "Version " + definitionVersion + " of "
                        + code + " is retired; the current version is " + current.version());
            }
        });
    }

    @Override
    public Scoring.Result score(String code, Map<String, ?> answers) {
        Instrument instrument = catalogue.find(code)
                .orElseThrow(() -> new InvalidInputException("instrument", "There is no instrument called " + code));
        return scoreOrExplain(instrument, answers);
    }

    @Override
    @Transactional
    public StoredResponse record(CurrentUser user, PersonId personId, String code, Map<String, ?> answers, Instant authored,
            boolean together, String idempotencyKey) {
        return record(user, personId, code, answers, authored, together, idempotencyKey, null);
    }

    @Override
    @Transactional
    public StoredResponse record(CurrentUser user, PersonId personId, String code, Map<String, ?> answers, Instant authored,
            boolean together, String idempotencyKey, StaffId aboutStaffId) {
        PersonAccess decided = access.decide(user, personId);
        if (!decided.level().readsRecord()) {
            throw new PersonNotFoundException();
        }
        Instrument instrument = catalogue.find(code)
                .orElseThrow(() -> new InvalidInputException("instrument", "There is no instrument called " + code));
        if (decided.self() && "CLINICIAN".equals(instrument.rater())) {
            throw new InvalidInputException("instrument", "This questionnaire is completed by a clinician");
        }
        Instant now = clock.now();
        if (authored != null && authored.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException("authored", "The date and time it was completed cannot be in the future");
        }
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 200)) {
            throw new InvalidInputException("Idempotency-Key", "Must be 1 to 200 characters");
        }
        Scored scored = scoreForStoring(instrument, answers);
        StoredResponse response = new StoredResponse(UUID.randomUUID(), personId, instrument.code(), instrument.version(),
                authored == null ? now : authored, scored.answers(), scored.result().scales(), user.username(),
                decided.actingRole(), !decided.self() && together);
        // A clinician's STAR-C is about the relationship with the clinician entering it; other clinician-rated
        // instruments (BPRS, HoNOS) are about the person only.
        StaffId relationship = "CLINICIAN".equals(instrument.rater()) && instrument.code().startsWith("STAR") ? user.staffId()
                : aboutStaffId;
        if (relationship != null && !"CLINICIAN".equals(instrument.rater()) && !instrument.code().startsWith("STAR")
                && !instrument.code().startsWith("INSPIRE")) {
            throw new InvalidInputException("aboutStaffId", "Only questionnaires about a worker name one");
        }
        if (relationship != null && people.staff(relationship).filter(s -> s.organisationId().equals(decided.organisationId())).isEmpty()) {
            throw new InvalidInputException("aboutStaffId", "There is no such worker in this organisation");
        }
        UUID id = response.id();
        if (idempotencyKey == null) {
            store.insertWithCommit(response, decided.organisationId().value(), relationship);
        } else {
            id = store.insert(response, decided.organisationId().value(), idempotencyKey, relationship);
            if (!id.equals(response.id())) {
                return store.find(id).orElseThrow(); // a retry: the response stored the first time
            }
        }
        assignments.completed(personId, instrument.code(), response.authored().atZone(clock.zone()).toLocalDate());
        access.recordChange(user, decided, AuditAction.CREATE, "questionnaire response", id.toString());
        events.publishEvent(new ResponseRecorded(response, user.username(), decided.organisationId()));
        if (instrument.safetyAnswer(response.answers())) {
            safety.raise(personId, decided.organisationId(), id, instrument.code(), instrument.title());
        }
        return response;
    }

    /** A response given through a single-use link (no account): audited as the link. */
    @Transactional
    StoredResponse recordFromLink(PersonId personId, String code, Map<String, ?> answers) {
        Instrument instrument = instrument(code);
        Scored scored = scoreForStoring(instrument, answers);
        UUID organisationId = people.person(personId).map(p -> p.organisationId().value())
                .orElseThrow(PersonNotFoundException::new);
        StoredResponse response = new StoredResponse(UUID.randomUUID(), personId, code, instrument.version(), clock.now(),
                scored.answers(), scored.result().scales(), "single-use link", "PERSON", false);
        store.insert(response, organisationId, null, null);
        assignments.completed(personId, code, clock.today());
        audit.record(new tandem.audit.AuditEvent("single-use link", "PERSON", OrganisationId.of(organisationId), personId, AuditAction.CREATE,
                "questionnaire response", response.id().toString(), false));
        events.publishEvent(new ResponseRecorded(response, "single-use link", OrganisationId.of(organisationId)));
        if (instrument.safetyAnswer(response.answers())) {
            safety.raise(personId, OrganisationId.of(organisationId), response.id(), code, instrument.title());
        }
        return response;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ResponseScale> scalesOf(Collection<PersonId> people) {
        return people.isEmpty() ? List.of() : store.scalesOf(people);
    }

    @Override
    @Transactional(readOnly = true)
    public void scores(String instrument, Consumer<Score> each) {
        UUID after = null;
        for (List<ResponseStore.ScoreRow> page = store.scores(instrument, after, SCORE_PAGE); !page.isEmpty();
                page = store.scores(instrument, after, SCORE_PAGE)) {
            for (ResponseStore.ScoreRow r : page) {
                after = r.responseId();
                if (r.scale() != null) {
                    each.accept(new Score(r.responseId(), PersonId.of(r.personId()), OrganisationId.of(r.organisationId()), r.instrument(),
                            r.authored(), r.scale(), r.value(), r.band()));
                }
            }
        }
    }

    @Override
    @Transactional
    public List<StoredResponse> history(CurrentUser user, PersonId personId, String code) {
        access.openRecord(user, personId, "questionnaire responses");
        if (code != null) {
            catalogue.find(code).orElseThrow(() -> new InvalidInputException("instrument", "There is no instrument called " + code));
        }
        return store.scoresOnly(personId, code, 1000);
    }

    @Override
    @Transactional
    public List<HistoryRow> historyRows(CurrentUser user, PersonId personId, String code) {
        access.openRecord(user, personId, "questionnaire responses");
        List<HistoryRow> rows = store.historyRows(personId, code, 1000);
        if (code != null && rows.isEmpty()) {
            catalogue.find(code).orElseThrow(() -> new InvalidInputException("instrument", "There is no instrument called " + code));
        }
        return rows;
    }

    @Override
    @Transactional
    public List<RelationshipPair> relationship(CurrentUser user, PersonId personId) {
        access.openRecord(user, personId, "relationship ratings");
        return store.relationshipRatings(personId).stream().map(r -> new RelationshipPair(r.staffId(),
                people.staff(r.staffId()).map(tandem.people.StaffView::displayName).orElse(""), r.instrument(), r.authored(),
                r.total())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<StoredResponse> ownLatest(CurrentUser user, String code) {
        return user.personId() == null ? List.of() : store.history(user.personId(), code, 1);
    }

    @Override
    @Transactional
    public ResultView results(CurrentUser user, PersonId personId, String code) {
        Instrument instrument = instrument(code);
        access.openRecord(user, personId, "questionnaire results");
        return view(instrument, store.history(personId, code, 1000));
    }

    static ResultView view(Instrument instrument, List<StoredResponse> newestFirst) {
        List<StoredResponse> oldestFirst = new ArrayList<>(newestFirst);
        oldestFirst.sort(Comparator.comparing(StoredResponse::authored));
        List<ResultView.ScaleResult> scales = new ArrayList<>();
        for (Scale scale : instrument.scales()) {
            List<ResultView.Point> series = new ArrayList<>();
            ScaleScore latest = null;
            for (StoredResponse r : oldestFirst) {
                ScaleScore s = r.scale(scale.code());
                if (s != null) {
                    latest = s;
                    if (s.scored()) {
                        series.add(new ResultView.Point(r.authored(), s.value()));
                    }
                }
            }
            BigDecimal first = series.isEmpty() ? null : series.get(0).value();
            BigDecimal previous = series.size() < 2 ? null : series.get(series.size() - 2).value();
            BigDecimal last = series.isEmpty() ? null : series.get(series.size() - 1).value();
            ReliableChange sinceFirst = series.size() < 2 ? null : ReliableChange.between(scale, first, last);
            ReliableChange sinceLast = previous == null ? null : ReliableChange.between(scale, previous, last);
            scales.add(new ResultView.ScaleResult(scale, latest, first, previous, sinceFirst, sinceLast, series));
        }
        return new ResultView(instrument.code(), instrument.title(), scales, newestFirst);
    }

    /** Checked answers as they are stored (values and "n.important" flags) and their scores. */
    private record Scored(Map<String, Object> answers, Scoring.Result result) {
    }

    private static Scored scoreForStoring(Instrument instrument, Map<String, ?> answers) {
        Scoring.Answers checked = validateOrExplain(instrument, answers);
        if (checked.values().isEmpty()) {
            throw new InvalidInputException("answers", "Answer at least one question");
        }
        Map<String, Object> stored = new HashMap<>(checked.values());
        checked.important().forEach((k, v) -> stored.put(k + Scoring.IMPORTANT, v));
        return new Scored(stored, Scoring.score(instrument, checked));
    }

    private static Scoring.Result scoreOrExplain(Instrument instrument, Map<String, ?> answers) {
        return Scoring.score(instrument, validateOrExplain(instrument, answers));
    }

    private static Scoring.Answers validateOrExplain(Instrument instrument, Map<String, ?> answers) {
        try {
            return Scoring.validate(instrument, answers);
        } catch (Scoring.AnswerException e) {
            throw new InvalidInputException(e.problems());
        }
    }
}
