package tandem.recovery.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.PersonAccess;
import tandem.identity.CurrentUser;
import tandem.people.PeopleApi;
import tandem.people.Share;
import tandem.people.SupporterLinkView;
import tandem.recovery.PlanViews.CrisisPlan;
import tandem.shared.TandemClock;
import tandem.shared.error.Validation;
import tandem.shared.ids.PersonId;
import tandem.recovery.CrisisPlans;

/** The implementation of {@link CrisisPlans}. */
@Service
class CrisisPlanService implements CrisisPlans {

    private final PlanStore store;
    private final PlanGate gate;
    private final PeopleApi people;
    private final TandemClock clock;

    CrisisPlanService(PlanStore store, PlanGate gate, PeopleApi people, TandemClock clock) {
        this.store = store;
        this.gate = gate;
        this.people = people;
        this.clock = clock;
    }

    @Transactional
    @Override
    public List<CrisisPlan> versions(CurrentUser user, PersonId person) {
        gate.read(user, person, "wellness and crisis plan");
        return store.crisisPlans(person);
    }

    @Transactional
    @Override
    public List<CrisisPlan> shared(CurrentUser user, PersonId person) {
        gate.shared(user, person, Share.CRISIS_PLAN.name(), "wellness and crisis plan");
        return store.crisisPlans(person).stream().limit(1).toList();
    }

    @Transactional
    @Override
    public CrisisPlan save(CurrentUser user, PersonId person, int openedVersion, Map<String, String> sections, String reviewDue) {
        PersonAccess a = gate.person(user, person);
        Validation v = new Validation();
        Map<String, String> kept = new LinkedHashMap<>();
        for (Section s : SECTIONS) {
            String text = GoalService.trim(sections.get(s.key()));
            v.maxLength(s.key(), text, "this part", SECTION_MAX);
            if (text != null) {
                kept.put(s.key(), text);
            }
        }
        if (kept.isEmpty()) {
            v.add("toolbox", "Write at least one part of your plan");
        }
        LocalDate due = v.date("reviewDue", reviewDue, "the review date", false);
        if (due != null && due.isBefore(clock.today())) {
            v.add("reviewDue", "The review date must be today or later");
        }
        v.throwIfInvalid();
        int current = store.crisisPlans(person).stream().findFirst().map(CrisisPlan::version).orElse(0);
        PlanSectionService.checkVersion(openedVersion, current);
        CrisisPlan plan = new CrisisPlan(current + 1, kept, due, user.displayName(), clock.now());
        PlanSectionService.insert(() -> store.insertCrisisPlan(person, plan));
        gate.changed(user, a, AuditAction.UPDATE, "wellness and crisis plan", "version " + plan.version());
        return plan;
    }

    @Transactional(readOnly = true)
    @Override
    public List<SupporterLinkView> supporters(CurrentUser user, PersonId person) {
        gate.person(user, person);
        return people.supportersOf(person).stream().filter(SupporterLinkView::active).toList();
    }

    @Transactional
    @Override
    public void share(CurrentUser user, PersonId person, UUID linkId, boolean on) {
        gate.person(user, person);
        try {
            people.setSupporterShare(user, linkId, Share.CRISIS_PLAN, on);
        } catch (tandem.shared.error.NotFoundException e) {
            throw new tandem.shared.error.InvalidInputException(List.of(new tandem.shared.FieldProblem("supporter",
                    "Choose one of your supporters: this one is not linked to you")));
        }
    }
}
