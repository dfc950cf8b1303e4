package tandem.clinical;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.AccessDecisions;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.measures.ResponseRecorded;
import tandem.shared.TandemClock;
import tandem.shared.error.Validation;
import tandem.clinical.internal.ObservationStore;
import tandem.shared.ids.PersonId;

/**
 * Observations and the clinical recovery evaluation for a person, through the access-decision
 * service and the audit log. A stored BPRS response becomes a SYMPTOMS observation: remitted when
 * every item of the configured positive and negative sets is 4 or below.
 */
@Service
public class ClinicalRecovery {

    private final ObservationStore store;
    private final AccessDecisions access;
    private final TandemClock clock;
    private final ClinicalRules rules;
    private final List<String> bprsItems;

    ClinicalRecovery(ObservationStore store, AccessDecisions access, TandemClock clock,
            @Value("${tandem.clinical.gap-days:183}") int gapDays, @Value("${tandem.clinical.years:2}") int years,
            @Value("${tandem.clinical.bprs-positive-items:4,11,12,15}") List<String> positive,
            @Value("${tandem.clinical.bprs-negative-items:3,13,16}") List<String> negative) {
        this.store = store;
        this.access = access;
        this.clock = clock;
        this.rules = new ClinicalRules(gapDays, years);
        this.bprsItems = java.util.stream.Stream.concat(positive.stream(), negative.stream()).map(String::trim).toList();
    }

    @Transactional
    public List<RecordedObservation> observations(CurrentUser user, UUID person) {
        access.openRecord(user, PersonId.of(person), "clinical observations");
        return store.all(person);
    }

    @Transactional
    public ClinicalRules.Evaluation evaluate(CurrentUser user, UUID person, String asOf) {
        access.openRecord(user, PersonId.of(person), "clinical recovery");
        Validation v = new Validation();
        LocalDate day = asOf == null || asOf.isBlank() ? clock.today() : v.date("asOf", asOf, "the date", true);
        v.throwIfInvalid();
        return rules.evaluate(store.all(person).stream().map(RecordedObservation::rule).toList(), day);
    }

    /**
     * For aggregate reports only (no record is opened): whether each of these people meets the
     * clinical recovery criteria on a day. People with no observations at all are left out.
     */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, Boolean> recoveredAmong(java.util.Collection<UUID> people, LocalDate asOf) {
        java.util.Map<UUID, Boolean> result = new java.util.HashMap<>();
        store.allFor(people).forEach((person, list) -> result.put(person,
                rules.evaluate(list.stream().map(RecordedObservation::rule).toList(), asOf).recovered()));
        return result;
    }

    /** Records an observation: staff who may open the record (source STAFF or PERSON), or the person (source PERSON). */
    @Transactional
    public RecordedObservation record(CurrentUser user, UUID person, String kind, String value, String observedOn, String source) {
        PersonAccess a = access.decide(user, PersonId.of(person));
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
        String s = a.self() ? "PERSON" : source == null || source.isBlank() ? "STAFF" : source.trim();
        if (!s.equals("PERSON") && !s.equals("STAFF")) {
            v.add("source", "The source is PERSON or STAFF");
        }
        v.throwIfInvalid();
        RecordedObservation o = new RecordedObservation(UUID.randomUUID(), c, value.trim(), on, s, user.displayName(), false);
        store.insert(person, o, null, clock.now());
        access.recordChange(user, a, AuditAction.CREATE, "clinical observation", o.id().toString());
        return o;
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
        store.insert(r.personId().value(), new RecordedObservation(UUID.randomUUID(), Criterion.SYMPTOMS,
                remitted ? "REMITTED" : "NOT_REMITTED", r.authored().atZone(clock.zone()).toLocalDate(), "STAFF",
                event.enteredBy(), true), r.id(), clock.now());
    }
}
