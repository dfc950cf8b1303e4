package tandem.clinical.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.clinical.ClinicalRecovery;
import tandem.clinical.ClinicalRules;
import tandem.clinical.Criterion;
import tandem.clinical.RecordedObservation;
import tandem.clinical.RecordedObservation.Source;
import tandem.clinical.internal.ObservationStore.ObservationRow;
import tandem.consent.AccessDecisions;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.measures.ResponseRecorded;
import tandem.shared.TandemClock;
import tandem.shared.error.Validation;
import tandem.shared.ids.PersonId;

/** Observations and the evaluation, over {@link ObservationStore}; BPRS responses become SYMPTOMS observations. */
@Service
class ClinicalRecoveryService implements ClinicalRecovery {

    private final ObservationStore store;
    private final AccessDecisions access;
    private final TandemClock clock;
    private final ClinicalRules rules;
    private final List<String> bprsItems;

    ClinicalRecoveryService(ObservationStore store, AccessDecisions access, TandemClock clock,
            @Value("${tandem.clinical.gap-days:183}") int gapDays, @Value("${tandem.clinical.years:2}") int years,
            @Value("${tandem.clinical.bprs-positive-items:4,11,12,15}") List<String> positive,
            @Value("${tandem.clinical.bprs-negative-items:3,13,16}") List<String> negative) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.rules = new ClinicalRules(gapDays, years);
        this.bprsItems = Stream.concat(positive.stream(), negative.stream()).map(String::trim).toList();
    }

    @Transactional
    @Override
    public List<RecordedObservation> observations(CurrentUser user, PersonId person) {
        access.openRecord(user, person, "clinical observations");
        return store.all(person).stream().map(ClinicalRecoveryService::view).toList();
    }

    @Transactional
    @Override
    public ClinicalRules.Evaluation evaluate(CurrentUser user, PersonId person, String asOf) {
        access.openRecord(user, person, "clinical recovery");
        Validation v = new Validation();
        LocalDate day = asOf == null || asOf.isBlank() ? clock.today() : v.date("asOf", asOf, "the date", true);
        v.throwIfInvalid();
        return rules.evaluate(store.all(person).stream().map(ObservationRow::rule).toList(), day);
    }

    @Transactional(readOnly = true)
    @Override
    public Map<UUID, Boolean> recoveredAmong(Collection<UUID> people, LocalDate asOf) {
        Map<UUID, Boolean> result = new HashMap<>();
        store.allFor(people).forEach((person, list) -> result.put(person,
                rules.evaluate(list.stream().map(ObservationRow::rule).toList(), asOf).recovered()));
        return result;
    }

    @Transactional
    @Override
    public RecordedObservation record(CurrentUser user, PersonId person, String kind, String value, String observedOn, String source) {
        PersonAccess a = access.decide(user, person);
        if (!a.level().readsRecord()) {
            throw new PersonNotFoundException();
        }
        Validation v = new Validation();
        Criterion c = Arrays.stream(Criterion.values()).filter(x -> x.name().equals(kind == null ? "" : kind.trim()))
                .findFirst().orElse(null);
        if (c == null) {
            v.add("kind", "Choose what was observed: SYMPTOMS, WORK_OR_STUDY, LIVING, INCOME or SOCIAL");
        } else if (value == null || !c.options().contains(value.trim())) {
            v.add("value", "Choose a value for " + c.label().toLowerCase() + ": " + String.join(", ", c.options()));
        }
        LocalDate on = v.date("observedOn", observedOn, "the date observed", true);
        if (on != null && on.isAfter(clock.today())) {
            v.add("observedOn", "The date observed must be today or in the past");
        } else if (on != null && on.isBefore(LocalDate.of(1900, 1, 1))) {
            v.add("observedOn", "The date observed must be after 1900");
        }
        // The person's own word is always theirs, whatever the form said.
        String s = a.self() ? "PERSON" : source == null || source.isBlank() ? "STAFF" : source.trim();
        if (!s.equals("PERSON") && !s.equals("STAFF")) {
            v.add("source", "The source is PERSON or STAFF");
        }
        v.throwIfInvalid();
        ObservationRow row = new ObservationRow(UUID.randomUUID(), c, value.trim(), on, Source.valueOf(s), user.displayName(), null);
        store.insert(person, row, clock.now());
        access.recordChange(user, a, AuditAction.CREATE, "clinical observation", row.id().toString());
        return view(row);
    }

    /** A stored BPRS response gives a SYMPTOMS observation on the day it was completed (in the same transaction). */
    @EventListener
    void onResponse(ResponseRecorded event) {
        var r = event.response();
        if (!"BPRS".equals(r.instrument())) {
            return;
        }
        Map<String, Object> answers = r.answers();
        if (!bprsItems.stream().allMatch(answers::containsKey)) {
            return;
        }
        boolean remitted = bprsItems.stream().allMatch(i -> ((Number) answers.get(i)).intValue() <= 4);
        store.insert(r.personId(), new ObservationRow(UUID.randomUUID(), Criterion.SYMPTOMS, remitted ? "REMITTED" : "NOT_REMITTED",
                r.authored().atZone(clock.zone()).toLocalDate(), Source.STAFF, event.enteredBy(), r.id()), clock.now());
    }

    private static RecordedObservation view(ObservationRow row) {
        return new RecordedObservation(row.id(), row.kind(), row.value(), row.observedOn(), row.source(), row.recordedBy(),
                row.responseId() != null);
    }
}
