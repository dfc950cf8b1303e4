package tandem.recovery;

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
import tandem.recovery.internal.PlanGate;
import tandem.recovery.internal.PlanStore;
import tandem.shared.TandemClock;
import tandem.shared.error.Validation;
import tandem.shared.ids.PersonId;

/**
 * The wellness and crisis plan (compatible with the WRAP structure, not named so). The person
 * writes it; each save is a version; a review date reminds them to look at it again; they choose
 * which supporters may read it.
 */
@Service
public class CrisisPlans {

    public static final int SECTION_MAX = 4000;

    /** A section of the plan: its key, heading, and a hint. */
    public record Section(String key, String part, String title, String hint) {
    }

    public static final List<Section> SECTIONS = List.of(
            new Section("toolbox", "Wellness toolbox", "Things that help me stay well", "People, places, activities, routines."),
            new Section("well", "Daily plan", "What I am like when I am well", "How would someone know you are doing well?"),
            new Section("daily", "Daily plan", "What I do every day to stay well", ""),
            new Section("reminders", "Daily plan", "Things I might need to do on some days", "A reminder list."),
            new Section("triggers", "Triggers", "Things that can upset me", ""),
            new Section("triggersPlan", "Triggers", "What I will do if they happen", ""),
            new Section("earlySigns", "Early warning signs", "Early signs that I am not so well", ""),
            new Section("earlyPlan", "Early warning signs", "What I will do then", ""),
            new Section("breakingSigns", "When things are breaking down", "How I, and others, can tell", ""),
            new Section("breakingPlan", "When things are breaking down", "What I will do then", ""),
            new Section("crisisWell", "Crisis plan, for my supporters", "What I am like when I am well", ""),
            new Section("crisisSigns", "Crisis plan, for my supporters", "Signs that others should take over", ""),
            new Section("crisisInvolve", "Crisis plan, for my supporters", "Who I want involved, and what I'd like them to do", ""),
            new Section("crisisNotInvolve", "Crisis plan, for my supporters", "Who I do not want involved", ""),
            new Section("crisisMedicines", "Crisis plan, for my supporters", "Medicines: what helps, what doesn't, allergies", ""),
            new Section("crisisTreatments", "Crisis plan, for my supporters", "Treatments I accept, and ones I don't", ""),
            new Section("crisisPlaces", "Crisis plan, for my supporters", "Where I would like to go, and where not", ""),
            new Section("crisisHelps", "Crisis plan, for my supporters", "What helps me in a crisis", ""),
            new Section("crisisDoesNotHelp", "Crisis plan, for my supporters", "What does not help", ""),
            new Section("crisisEnds", "Crisis plan, for my supporters", "When this plan no longer applies", ""),
            new Section("postCrisis", "After a crisis", "How I will look after myself afterwards", ""));

    private final PlanStore store;
    private final PlanGate gate;
    private final PeopleApi people;
    private final TandemClock clock;

    CrisisPlans(PlanStore store, PlanGate gate, PeopleApi people, TandemClock clock) {
        this.store = store;
        this.gate = gate;
        this.people = people;
        this.clock = clock;
    }

    /** Every version, newest first, for the person and their care team; audited. */
    @Transactional
    public List<CrisisPlan> versions(CurrentUser user, UUID person) {
        gate.read(user, person, "wellness and crisis plan");
        return store.crisisPlans(person);
    }

    /** The current plan, for a supporter the person shares it with (or a reader of the record); audited. */
    @Transactional
    public List<CrisisPlan> shared(CurrentUser user, UUID person) {
        gate.shared(user, person, Share.CRISIS_PLAN.name(), "wellness and crisis plan");
        return store.crisisPlans(person).stream().limit(1).toList();
    }

    @Transactional
    public CrisisPlan save(CurrentUser user, UUID person, int openedVersion, Map<String, String> sections, String reviewDue) {
        PersonAccess a = gate.person(user, person);
        Validation v = new Validation();
        Map<String, String> kept = new LinkedHashMap<>();
        for (Section s : SECTIONS) {
            String text = Goals.trim(sections.get(s.key()));
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
        PlanSections.checkVersion(openedVersion, current);
        CrisisPlan plan = new CrisisPlan(current + 1, kept, due, user.displayName(), clock.now());
        PlanSections.insert(() -> store.insertCrisisPlan(person, plan));
        gate.changed(user, a, AuditAction.UPDATE, "wellness and crisis plan", "version " + plan.version());
        return plan;
    }

    /** The person's supporters and whether each may read the plan. */
    @Transactional(readOnly = true)
    public List<SupporterLinkView> supporters(CurrentUser user, UUID person) {
        gate.person(user, person);
        return people.supportersOf(PersonId.of(person)).stream().filter(SupporterLinkView::active).toList();
    }

    @Transactional
    public void share(CurrentUser user, UUID person, UUID linkId, boolean on) {
        gate.person(user, person);
        try {
            people.setSupporterShare(user, linkId, Share.CRISIS_PLAN, on);
        } catch (tandem.shared.error.NotFoundException e) {
            throw new tandem.shared.error.InvalidInputException(List.of(new tandem.shared.FieldProblem("supporter",
                    "Choose one of your supporters: this one is not linked to you")));
        }
    }
}
