package tandem.recovery.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.identity.CurrentUser;
import tandem.identity.Accounts;
import tandem.identity.Role;
import tandem.measures.scoring.Chime;
import tandem.people.DemoOrganisationSeeded;
import tandem.people.PeopleApi;
import tandem.people.Share;
import tandem.people.StaffView;
import tandem.recovery.GoalStatus;
import tandem.recovery.PlanViews.CrisisPlan;
import tandem.recovery.PlanViews.GoalVersion;
import tandem.recovery.PlanViews.JournalEntry;
import tandem.recovery.PlanViews.Review;
import tandem.recovery.PlanViews.RiskVersion;
import tandem.recovery.PlanViews.Session;
import tandem.recovery.PlanViews.Step;
import tandem.recovery.PlanViews.Strength;
import tandem.recovery.PlanViews.Strengths;
import tandem.recovery.PlanViews.Suggestion;
import tandem.recovery.PlanViews.Values;
import tandem.recovery.Style;
import tandem.recovery.Way;
import tandem.shared.TandemClock;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.OrganisationId;

/**
 * Demo plans: Alex's plan with a year of history (two versions of values and strengths, goals
 * with steps and ratings by Alex and by Sam, an open suggestion, session notes by Sam and Pat, a
 * wellness and crisis plan shared with Robin, an agreed positive risk-taking plan, a journal), and
 * varied, partial plans for other demo people.
 */
@Component
class DemoPlans {

    private final PlanStore plans;
    private final GoalStore goals;
    private final WorkStore work;
    private final PeopleApi people;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final TandemClock clock;

    DemoPlans(PlanStore plans, GoalStore goals, WorkStore work, PeopleApi people, Accounts accounts,
            TransactionTemplate tx, TandemClock clock) {
        this.plans = plans;
        this.goals = goals;
        this.work = work;
        this.people = people;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void onDemoSeeded(DemoOrganisationSeeded seeded) {
        tx.executeWithoutResult(status -> {
            alex(seeded);
            others(seeded);
        });
    }

    private Instant daysAgo(int days) {
        return clock.now().minus(Duration.ofDays(days));
    }

    private void alex(DemoOrganisationSeeded s) {
        PersonId alex = s.alex();
        String name = people.person(alex).orElseThrow().displayName();
        String sam = people.staff(s.sam()).map(StaffView::displayName).orElse("Sam");
        String pat = people.staff(s.pat()).map(StaffView::displayName).orElse("Pat");

        plans.insertValues(alex, new Values(1, "My friends, my cat Biscuit, and getting back to drawing.", List.of("Friendship",
                "Creativity", "Animals"), "Walking, music, a regular routine.", "Being rushed, or people talking over me.",
                "I'd like to try talking therapy before changing medication again.", "Text first, then call.",
                "Robin, my friend. Not my father.", name, daysAgo(300)));
        plans.insertValues(alex, new Values(2, "My friends, my cat Biscuit, getting back to drawing, and one day teaching art.",
                List.of("Friendship", "Creativity", "Animals", "Learning"), "Walking, music, a regular routine, the Saturday walk group.",
                "Being rushed, or people talking over me.",
                "Talking therapy has helped. I want to keep the medication as it is for now.", "Text first, then call.",
                "Robin, my friend. Not my father.", name, daysAgo(60)));
        plans.insertHeard(alex, new tandem.recovery.PlanViews.Heard(UUID.randomUUID(), "VALUES",
                "I heard how much drawing matters, and that being rushed makes things worse. I'll keep our meetings unhurried.",
                sam, daysAgo(58)), "sam");

        List<Strength> first = new ArrayList<>();
        List<Strength> second = new ArrayList<>();
        String[][] rows = {
            {"Daily living", "I manage most days; mornings are hard.", "A steady routine.", "My alarm, Biscuit needs feeding."},
            {"Finances", "Tight but OK.", "", ""},
            {"Work and education", "Not working at the moment.", "Teach art one day.", "I used to run a kids' art club."},
            {"Family and relationships", "Close to Robin.", "See my sister more.", "Robin, my sister."},
            {"Health", "Sleep is better.", "", "The walking group."},
            {"Social support and leisure", "Walking group on Saturdays.", "Draw with others.", "Recovery College courses."},
            {"Spirituality and culture", "", "", ""},
            {"Recovery", "I feel more hopeful than last year.", "Help others too.", "Other people's stories."}};
        for (String[] r : rows) {
            first.add(new Strength(r[0], blank(r[0].startsWith("Social") ? "Not much." : r[1]), blank(r[2]), blank(r[3])));
            second.add(new Strength(r[0], blank(r[1]), blank(r[2]), blank(r[3])));
        }
        plans.insertStrengths(alex, new Strengths(1, first, "Sleep, then drawing.", name, daysAgo(290)));
        plans.insertStrengths(alex, new Strengths(2, second, "Drawing with others, and a steady routine.", name, daysAgo(55)));

        UUID drawing = goal(alex, "Draw something every week, and show it to someone.", List.of(Chime.MEANING, Chime.IDENTITY),
                levels("I don't draw at all", "I draw now and then", "I draw every week", "I draw every week and show someone",
                        "I join a drawing group"), new BigDecimal("2"), daysAgo(200));
        goals.insertStep(drawing, new Step(UUID.randomUUID(), "Buy a sketchbook", "Me", clock.today().minusDays(190),
                null, name), daysAgo(199));
        goals.stepDone(drawing, stepId(drawing, 0), clock.today().minusDays(185));
        goals.insertStep(drawing, new Step(UUID.randomUUID(), "Look up the Recovery College art course", "Me and Sam",
                clock.today().plusDays(14), null, name), daysAgo(30));
        review(drawing, name, "PERSON", -1, "Only managed twice this month.", daysAgo(150));
        review(drawing, sam, "STAFF", 0, "Drawing most weeks, from what Alex showed me.", daysAgo(148));
        review(drawing, name, "PERSON", 1, "I showed Robin three drawings!", daysAgo(40));
        review(drawing, sam, "STAFF", 1, null, daysAgo(38));
        goals.insertSuggestion(alex, new Suggestion(UUID.randomUUID(), drawing, "STEP",
                "Take a drawing to the walking group to show people", sam, daysAgo(20), "OPEN"), "sam");

        UUID sleep = goal(alex, "Sleep at least six hours most nights.", List.of(Chime.EMPOWERMENT),
                levels("Under four hours", "Four or five hours", "Six hours most nights", "Seven hours most nights",
                        "Seven hours and I wake up rested"), null, daysAgo(280));
        review(sleep, name, "PERSON", 0, null, daysAgo(100));
        review(sleep, sam, "STAFF", 0, null, daysAgo(99));
        goals.setStatus(sleep, GoalStatus.ACHIEVED, null, daysAgo(90));
        goals.insertSuggestion(alex, new Suggestion(UUID.randomUUID(), null, "GOAL",
                "Try a Recovery College course this term", sam, daysAgo(12), "OPEN"), "sam");

        work.insertSession(alex, new Session(UUID.randomUUID(), clock.today().minusDays(38), Style.COACHING, false, sam,
                "We looked at the drawing goal. Alex chose to aim for showing one drawing a month. Talked about what gets in the way on bad days.",
                List.of(drawing), null, null, daysAgo(38)), "sam");
        UUID peerSession = UUID.randomUUID();
        work.insertSession(alex, new Session(peerSession, clock.today().minusDays(21), Style.MENTORING, true, pat,
                "Met for coffee before the walk group. I shared how I got back into painting after hospital. Alex talked about nerves before showing work.",
                List.of(drawing), null, null, daysAgo(21)), "pat");
        work.reflect(alex, peerSession, "It helped to hear Pat went through the same thing.", daysAgo(20));

        Map<String, String> crisis1 = new LinkedHashMap<>();
        crisis1.put("toolbox", "Walking, music, Biscuit, texting Robin.");
        crisis1.put("well", "Chatty, drawing, up by nine.");
        crisis1.put("earlySigns", "Staying in bed, not answering texts.");
        crisis1.put("earlyPlan", "Text Robin. Go for a short walk even if I don't want to.");
        plans.insertCrisisPlan(alex, new CrisisPlan(1, crisis1, clock.today().minusDays(100), name, daysAgo(280)));
        Map<String, String> crisis2 = new LinkedHashMap<>(crisis1);
        crisis2.put("triggers", "Letters about benefits. Loud arguments.");
        crisis2.put("triggersPlan", "Open letters with Robin. Leave the room.");
        crisis2.put("crisisSigns", "Not eating, not sleeping for two nights, talking about being a burden.");
        crisis2.put("crisisInvolve", "Robin: stay with me, call the crisis team. Sam: the care team.");
        crisis2.put("crisisNotInvolve", "My father.");
        crisis2.put("crisisHelps", "Someone sitting with me quietly. My own music.");
        crisis2.put("crisisDoesNotHelp", "Lots of questions at once.");
        crisis2.put("postCrisis", "A slow week: short walks, no big decisions.");
        plans.insertCrisisPlan(alex, new CrisisPlan(2, crisis2, clock.today().plusMonths(4), name, daysAgo(45)));
        accounts.byUsername("robin").ifPresent(robin -> people.supportersOf(alex).stream()
                .filter(l -> l.supporterAccountId().equals(robin.id()) && l.active()).findFirst()
                .ifPresent(link -> people.setSupporterShare(asPerson(alex, name, s.organisationId()), link.id(),
                        Share.CRISIS_PLAN, true)));

        UUID risk = UUID.randomUUID();
        work.insertRiskPlan(risk, alex, daysAgo(70));
        work.insertRiskVersion(risk, new RiskVersion(1, "Go to the city art fair on my own by train.",
                "Crowds could make me panicky; I might get stuck without a way home.",
                "Go on a weekday morning; phone charged; a return ticket bought in advance.",
                "Alex: plans the route. Robin: on the phone if needed. Sam: talks it through the week before.",
                clock.today().plusMonths(2), name, "PERSON", daysAgo(70)), "alex");
        work.agree(risk, 1, "PERSON", "alex", name, daysAgo(69));
        work.agree(risk, 1, "STAFF", "sam", sam, daysAgo(68));

        Way[] ways = Way.values();
        for (int d = 0; d < 50; d += 2) {
            plans.insertJournal(alex, new JournalEntry(UUID.randomUUID(), clock.today().minusDays(d), ways[(d / 2) % ways.length],
                    d % 6 == 0 ? "A good one." : null), daysAgo(d));
        }
    }

    private void others(DemoOrganisationSeeded s) {
        List<PersonId> all = s.people();
        for (int i = 0; i < all.size(); i++) {
            PersonId p = all.get(i);
            if (p.equals(s.alex()) || p.equals(s.jo())) {
                continue;
            }
            String name = people.person(p).map(x -> x.displayName()).orElse("");
            int age = 20 + (i * 37) % 300;
            if (i % 3 == 0) {
                plans.insertValues(p, new Values(1, "My family and keeping well enough to work.", List.of("Family", "Work"),
                        null, null, null, null, null, name, daysAgo(age)));
            }
            if (i % 4 == 0) {
                List<Strength> st = List.of(new Strength("Daily living", "Getting by.", "More structure.", "My partner."));
                plans.insertStrengths(p, new Strengths(1, st, null, name, daysAgo(age)));
            }
            if (i % 5 == 0) {
                UUID g = goal(p, "Get out of the house three times a week.", List.of(Chime.CONNECTEDNESS),
                        levels("Not at all", "Once a week", "Three times a week", "Most days", "Every day, and I enjoy it"),
                        null, daysAgo(age + 10));
                if (i % 10 == 0) {
                    review(g, name, "PERSON", (i / 10) % 3 - 1, null, daysAgo(age));
                }
            }
        }
    }

    private CurrentUser asPerson(PersonId person, String name, OrganisationId organisation) {
        AccountId account = accounts.byPerson(person).orElseThrow().id();
        return new CurrentUser(account, "alex", name, Set.of(Role.PERSON), person, null, organisation);
    }

    private UUID goal(PersonId person, String text, List<Chime> chime, Map<Integer, String> levels, BigDecimal weight, Instant at) {
        UUID id = UUID.randomUUID();
        goals.insertGoal(new GoalStore.GoalRow(id, person, GoalStatus.ACTIVE, weight,
                at.atZone(clock.zone()).toLocalDate()), null, at);
        goals.insertVersion(id, new GoalVersion(1, text, chime, levels, at), "demo");
        return id;
    }

    private UUID stepId(UUID goal, int index) {
        GoalStore.GoalRow row = goals.goal(goal).orElseThrow();
        return goals.full(row).steps().get(index).id();
    }

    private void review(UUID goal, String rater, String kind, int level, String note, Instant at) {
        goals.insertReview(goal, new Review(UUID.randomUUID(), rater, kind, level, note, at), "demo");
    }

    private static Map<Integer, String> levels(String m2, String m1, String zero, String p1, String p2) {
        Map<Integer, String> m = new LinkedHashMap<>();
        m.put(-2, m2);
        m.put(-1, m1);
        m.put(0, zero);
        m.put(1, p1);
        m.put(2, p2);
        return m;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
