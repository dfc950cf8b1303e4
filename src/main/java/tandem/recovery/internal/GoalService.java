package tandem.recovery.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.AccessLevel;
import tandem.consent.PersonAccess;
import tandem.identity.CurrentUser;
import tandem.measures.scoring.Chime;
import tandem.recovery.GoalAttainment;
import tandem.recovery.GoalStatus;
import tandem.recovery.Goals;
import tandem.recovery.Level;
import tandem.recovery.PlanViews.Goal;
import tandem.recovery.PlanViews.GoalVersion;
import tandem.recovery.PlanViews.Review;
import tandem.recovery.PlanViews.Step;
import tandem.recovery.PlanViews.Suggestion;
import tandem.recovery.internal.GoalStore.GoalRow;
import tandem.shared.Enums;
import tandem.shared.FieldProblem;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.PersonId;

/** The implementation of {@link Goals}. */
@Service
class GoalService implements Goals {

    private final GoalStore store;
    private final PlanGate gate;
    private final TandemClock clock;

    GoalService(GoalStore store, PlanGate gate, TandemClock clock) {
        this.store = store;
        this.gate = gate;
        this.clock = clock;
    }

    @Transactional
    @Override
    public List<Goal> goals(CurrentUser user, PersonId person) {
        gate.read(user, person, "goals");
        return store.full(person);
    }

    @Transactional
    @Override
    public Goal goal(CurrentUser user, PersonId person, UUID goalId) {
        gate.read(user, person, "goal");
        return store.full(own(person, goalId));
    }

    @Transactional
    @Override
    public List<Suggestion> openGoalSuggestions(CurrentUser user, PersonId person) {
        gate.read(user, person, "goal suggestions");
        return store.openGoalSuggestions(person);
    }

    @Transactional
    @Override
    public Goal create(CurrentUser user, PersonId person, Draft draft, UUID fromSuggestion) {
        PersonAccess a = gate.person(user, person);
        Checked c = check(draft);
        Suggestion suggestion = fromSuggestion == null ? null : openSuggestion(person, fromSuggestion, "GOAL");
        Instant now = clock.now();
        if (suggestion != null && !store.decide(suggestion.id(), "ACCEPTED", now)) {
            throw new ConflictException("suggestion", "This suggestion has already been accepted or declined.");
        }
        GoalRow row = new GoalRow(UUID.randomUUID(), person, GoalStatus.ACTIVE, c.weight, clock.today());
        store.insertGoal(row, fromSuggestion, now);
        store.insertVersion(row.id(), new GoalVersion(1, c.text, c.chime, c.levels, now), user.username());
        gate.changed(user, a, AuditAction.CREATE, "goal", row.id());
        return store.full(row);
    }

    @Transactional
    @Override
    public Goal edit(CurrentUser user, PersonId person, UUID goalId, int openedVersion, Draft draft) {
        PersonAccess a = gate.person(user, person);
        GoalRow row = own(person, goalId);
        Checked c = check(draft);
        Goal current = store.full(row);
        if (current.current().version() != openedVersion) {
            throw new ConflictException("version", "This goal was changed since you opened it, perhaps on another device. "
                    + "Nothing was lost: open it again, then make your change.");
        }
        try {
            store.insertVersion(goalId, new GoalVersion(openedVersion + 1, c.text, c.chime, c.levels, clock.now()),
                    user.username());
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("version", "This goal was changed a moment ago on another device. Open it again.");
        }
        store.setStatus(goalId, row.status(), c.weight, clock.now());
        gate.changed(user, a, AuditAction.UPDATE, "goal", goalId);
        return store.full(own(person, goalId));
    }

    @Transactional
    @Override
    public void setStatus(CurrentUser user, PersonId person, UUID goalId, String status) {
        PersonAccess a = gate.person(user, person);
        GoalRow row = own(person, goalId);
        GoalStatus s = Enums.parse(GoalStatus.class, status);
        if (s == null) {
            throw new InvalidInputException(List.of(new FieldProblem("status", "Choose working on it, achieved or set aside")));
        }
        store.setStatus(goalId, s, row.weight(), clock.now());
        gate.changed(user, a, AuditAction.UPDATE, "goal status", goalId);
    }

    @Transactional
    @Override
    public Step addStep(CurrentUser user, PersonId person, UUID goalId, String what, String who, String dueOn,
            UUID fromSuggestion) {
        PersonAccess a = gate.person(user, person);
        GoalRow row = own(person, goalId);
        Validation v = new Validation();
        v.required("what", trim(what), "what the step is", 500);
        v.maxLength("who", who, "who does it", 200);
        LocalDate due = v.date("dueOn", dueOn, "the date it is due by", false);
        if (due != null && due.isBefore(row.setOn())) {
            v.add("dueOn", "The step can't be due before the goal was set, on " + row.setOn());
        }
        v.throwIfInvalid();
        Suggestion suggestion = fromSuggestion == null ? null : openSuggestion(person, fromSuggestion, "STEP");
        if (suggestion != null && !goalId.equals(suggestion.goalId())) {
            throw new NotFoundException("Suggestion");
        }
        if (suggestion != null && !store.decide(suggestion.id(), "ACCEPTED", clock.now())) {
            throw new ConflictException("suggestion", "This suggestion has already been accepted or declined.");
        }
        Step step = new Step(UUID.randomUUID(), trim(what), trim(who), due, null, user.displayName());
        store.insertStep(goalId, step, clock.now());
        gate.changed(user, a, AuditAction.CREATE, "goal step", step.id());
        return step;
    }

    @Transactional
    @Override
    public void stepDone(CurrentUser user, PersonId person, UUID goalId, UUID stepId) {
        PersonAccess a = gate.person(user, person);
        own(person, goalId);
        if (!store.stepDone(goalId, stepId, clock.today())) {
            throw new NotFoundException("Step");
        }
        gate.changed(user, a, AuditAction.UPDATE, "goal step", stepId);
    }

    @Transactional
    @Override
    public Suggestion suggest(CurrentUser user, PersonId person, UUID goalId, String text) {
        PersonAccess a = gate.worker(user, person);
        if (goalId != null) {
            own(person, goalId);
        }
        Validation v = new Validation();
        v.required("text", trim(text), "your suggestion", TEXT_MAX);
        v.throwIfInvalid();
        Suggestion s = new Suggestion(UUID.randomUUID(), goalId, goalId == null ? "GOAL" : "STEP", trim(text),
                user.displayName(), clock.now(), "OPEN");
        store.insertSuggestion(person, s, user.username());
        gate.changed(user, a, AuditAction.CREATE, "goal suggestion", s.id());
        return s;
    }

    @Transactional
    @Override
    public void decline(CurrentUser user, PersonId person, UUID suggestionId) {
        PersonAccess a = gate.person(user, person);
        Suggestion s = openSuggestion(person, suggestionId, null);
        if (!store.decide(s.id(), "DECLINED", clock.now())) {
            throw new ConflictException("suggestion", "This suggestion has already been accepted or declined.");
        }
        gate.changed(user, a, AuditAction.UPDATE, "goal suggestion", s.id());
    }

    @Transactional(readOnly = true)
    @Override
    public Suggestion suggestion(CurrentUser user, PersonId person, UUID suggestionId) {
        gate.either(user, person);
        return openSuggestion(person, suggestionId, null);
    }

    @Transactional
    @Override
    public Review review(CurrentUser user, PersonId person, UUID goalId, String level, String note) {
        PersonAccess a = gate.either(user, person);
        own(person, goalId);
        Validation v = new Validation();
        Integer l = null;
        try {
            l = Integer.valueOf(level == null ? "" : level.trim().replace("+", ""));
        } catch (NumberFormatException e) {
            // reported below
        }
        if (l == null || l < -2 || l > 2) {
            v.add("level", "Choose a level from -2 to +2");
        }
        v.maxLength("note", note, "the note", 2000);
        v.throwIfInvalid();
        String kind = a.level() == AccessLevel.SELF ? "PERSON" : "STAFF";
        Review r = new Review(UUID.randomUUID(), user.displayName(), kind, l, trim(note), clock.now());
        store.insertReview(goalId, r, user.username());
        gate.changed(user, a, AuditAction.CREATE, "goal review", r.id());
        return r;
    }

    @Transactional
    @Override
    public Attainment attainment(CurrentUser user, PersonId person, String from, String to, String rater) {
        gate.read(user, person, "goal attainment");
        Validation v = new Validation();
        LocalDate f = v.date("from", from, "the start date", false);
        LocalDate t = v.date("to", to, "the end date", false);
        String kind = rater == null || rater.isBlank() ? "PERSON" : rater.trim().toUpperCase();
        v.check(kind.equals("PERSON") || kind.equals("STAFF"), "rater", "The rater is PERSON or STAFF");
        if (f != null && t != null && t.isBefore(f)) {
            v.add("to", "The end date must be on or after the start date");
        }
        v.throwIfInvalid();
        return attainment(store.full(person), f, t, kind, clock.zone());
    }

    static Attainment attainment(List<Goal> goals, LocalDate from, LocalDate to, String kind, java.time.ZoneId zone) {
        List<GoalAttainment.Rated> rated = new ArrayList<>();
        for (Goal g : goals) {
            Optional<Review> latest = g.reviews().stream().filter(r -> r.raterKind().equals(kind))
                    .filter(r -> {
                        LocalDate day = r.reviewedAt().atZone(zone).toLocalDate();
                        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
                    }).max(Comparator.comparing(Review::reviewedAt));
            latest.ifPresent(r -> rated.add(new GoalAttainment.Rated(r.level(),
                    g.weight() == null ? 1 : g.weight().doubleValue())));
        }
        return new Attainment(rated.size(), GoalAttainment.tScore(rated));
    }

    // -----------------------------------------------------------------------------------------

    private GoalRow own(PersonId person, UUID goalId) {
        return store.goal(goalId).filter(g -> g.personId().equals(person)).orElseThrow(() -> new NotFoundException("Goal"));
    }

    private Suggestion openSuggestion(PersonId person, UUID id, String kind) {
        Suggestion s = store.suggestion(person, id).orElseThrow(() -> new NotFoundException("Suggestion"));
        if (kind != null && !s.kind().equals(kind)) {
            throw new NotFoundException("Suggestion");
        }
        if (!"OPEN".equals(s.status())) {
            throw new ConflictException("suggestion", "This suggestion has already been accepted or declined.");
        }
        return s;
    }

    private record Checked(String text, List<Chime> chime, Map<Integer, String> levels, BigDecimal weight) {
    }

    static Checked check(Draft d) {
        Validation v = new Validation();
        String text = trim(d.text());
        v.required("text", text, "your goal, in your own words", TEXT_MAX);
        Set<Chime> chime = Enums.parseAll(Chime.class, d.chime()).orElseGet(() -> {
            v.add("chime", "CHIME tags are CONNECTEDNESS, HOPE, IDENTITY, MEANING or EMPOWERMENT");
            return Set.of();
        });
        Map<Integer, String> levels = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : d.levels().entrySet()) {
            Integer level = null;
            try {
                level = Integer.valueOf(e.getKey().trim().replace("+", ""));
            } catch (NumberFormatException ex) {
                // reported below
            }
            if (level == null || level < -2 || level > 2) {
                v.add("levels", "Levels go from -2 to +2; " + e.getKey() + " is not one of them");
                continue;
            }
            levels.put(level, trim(e.getValue()));
        }
        Set<String> seen = new HashSet<>();
        for (int level : Level.ALL) {
            String field = "level" + level;
            String description = levels.get(level);
            if (description == null) {
                v.add(field, "Describe level " + Level.signed(level) + ": " + Level.meaning(level));
            } else if (description.length() > LEVEL_MAX) {
                v.add(field, "Level " + Level.signed(level) + " must be " + LEVEL_MAX + " characters or fewer");
            } else if (!seen.add(description.toLowerCase())) {
                v.add(field, "Level " + Level.signed(level) + " says the same as another level: give each level its own description");
            }
        }
        BigDecimal weight = null;
        if (d.weight() != null && !d.weight().isBlank()) {
            try {
                weight = new BigDecimal(d.weight().trim());
                if (weight.signum() <= 0 || weight.compareTo(BigDecimal.valueOf(100)) > 0 || weight.scale() > 2) {
                    v.add("weight", "The weight is a number more than 0 and up to 100, like 1 or 2.5");
                }
            } catch (NumberFormatException e) {
                v.add("weight", "The weight is a number more than 0 and up to 100, like 1 or 2.5");
            }
        }
        v.throwIfInvalid();
        Map<Integer, String> ordered = new LinkedHashMap<>();
        Level.ALL.forEach(l -> ordered.put(l, levels.get(l)));
        return new Checked(text, List.copyOf(chime), ordered, weight);
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
