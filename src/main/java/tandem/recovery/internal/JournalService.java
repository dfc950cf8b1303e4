package tandem.recovery.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.AccessLevel;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.recovery.Journal;
import tandem.recovery.PlanViews.JournalEntry;
import tandem.recovery.Way;
import tandem.shared.Enums;
import tandem.shared.TandemClock;
import tandem.shared.error.Validation;
import tandem.shared.ids.PersonId;

/** The implementation of {@link Journal}. */
@Service
class JournalService implements Journal {

    private final PlanStore store;
    private final PlanGate gate;
    private final TandemClock clock;

    JournalService(PlanStore store, PlanGate gate, TandemClock clock) {
        this.store = store;
        this.gate = gate;
        this.clock = clock;
    }

    @Transactional
    @Override
    public boolean open(CurrentUser user, PersonId person) {
        PersonAccess a = gate.decide(user, person);
        if (a.level() != AccessLevel.SELF && !(a.level().readsRecord() && store.journalShared(person))) {
            throw new PersonNotFoundException();
        }
        gate.read(user, person, "wellbeing journal");
        return store.journalShared(person);
    }

    @Transactional
    @Override
    public JournalEntry add(CurrentUser user, PersonId person, String on, String way, String note) {
        PersonAccess a = gate.person(user, person);
        Validation v = new Validation();
        LocalDate day = v.date("on", on, "the day", true);
        if (day != null && day.isAfter(clock.today())) {
            v.add("on", "The day must be today or in the past");
        }
        Way w = Enums.parse(Way.class, way);
        v.check(w != null, "way", "Choose one of the five ways");
        v.maxLength("note", note, "the note", 500);
        v.throwIfInvalid();
        JournalEntry e = new JournalEntry(UUID.randomUUID(), day, w, GoalService.trim(note));
        store.insertJournal(person, e, clock.now());
        gate.changed(user, a, AuditAction.CREATE, "journal entry", e.id());
        return e;
    }

    @Transactional
    @Override
    public void share(CurrentUser user, PersonId person, boolean withCareTeam) {
        PersonAccess a = gate.person(user, person);
        store.shareJournal(person, withCareTeam, clock.now());
        gate.changed(user, a, AuditAction.UPDATE, "journal sharing", withCareTeam ? "shared" : "private");
    }

    @Transactional(readOnly = true)
    @Override
    public Week week(PersonId person, LocalDate day) {
        LocalDate monday = (day == null ? clock.today() : day).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<LocalDate, List<JournalEntry>> days = new java.util.LinkedHashMap<>();
        for (int i = 0; i < 7; i++) {
            days.put(monday.plusDays(i), new ArrayList<>());
        }
        Map<Way, Integer> counts = new EnumMap<>(Way.class);
        for (Way w : Way.values()) {
            counts.put(w, 0);
        }
        for (JournalEntry e : store.journal(person, monday, monday.plusDays(6))) {
            days.get(e.on()).add(e);
            counts.merge(e.way(), 1, Integer::sum);
        }
        return new Week(monday, days, counts);
    }

    @Transactional(readOnly = true)
    @Override
    public Trend trend(PersonId person) {
        LocalDate thisMonday = clock.today().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate first = thisMonday.minusWeeks(WEEKS - 1);
        List<LocalDate> mondays = new ArrayList<>();
        Map<Way, List<Integer>> counts = new EnumMap<>(Way.class);
        for (Way w : Way.values()) {
            counts.put(w, new ArrayList<>());
        }
        for (int i = 0; i < WEEKS; i++) {
            mondays.add(first.plusWeeks(i));
            counts.values().forEach(l -> l.add(0));
        }
        for (JournalEntry e : store.journal(person, first, thisMonday.plusDays(6))) {
            int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(first, e.on());
            List<Integer> l = counts.get(e.way());
            l.set(week, l.get(week) + 1);
        }
        return new Trend(mondays, counts);
    }
}
