package tandem.recovery.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.PersonAccess;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.recovery.CoachingSessions;
import tandem.recovery.PlanViews.Session;
import tandem.recovery.Style;
import tandem.shared.Enums;
import tandem.shared.TandemClock;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.PersonId;

/** The implementation of {@link CoachingSessions}. */
@Service
class CoachingSessionService implements CoachingSessions {

    /** Clinical words and an everyday way to say them, for the gentle wording check. */
    static final List<String[]> CLINICAL = List.of(
            new String[] {"non-compliant", "chose not to"}, new String[] {"noncompliant", "chose not to"},
            new String[] {"compliance", "what they chose"}, new String[] {"presented as", "seemed"},
            new String[] {"denies", "says they don't"}, new String[] {"lacks insight", "sees it differently"},
            new String[] {"attention-seeking", "wanted to be heard"}, new String[] {"manipulative", "trying to get needs met"},
            new String[] {"challenging behaviour", "a hard time"}, new String[] {"patient", "the person's name"},
            new String[] {"symptoms", "what they are going through"}, new String[] {"psychotic", "unusual experiences"},
            new String[] {"mental state examination", "how they were"}, new String[] {"diagnosis", "what they call it"});

    private final WorkStore store;
    private final GoalStore goals;
    private final PlanGate gate;
    private final TandemClock clock;

    CoachingSessionService(WorkStore store, GoalStore goals, PlanGate gate, TandemClock clock) {
        this.store = store;
        this.goals = goals;
        this.gate = gate;
        this.clock = clock;
    }

    @Transactional
    @Override
    public List<Session> sessions(CurrentUser user, PersonId person) {
        gate.read(user, person, "session notes");
        return store.sessions(person);
    }

    @Transactional
    @Override
    public Saved write(CurrentUser user, PersonId person, String heldOn, String style, String notes, List<String> goalIds) {
        PersonAccess a = gate.worker(user, person);
        Validation v = new Validation();
        LocalDate on = v.date("heldOn", heldOn, "the date of the session", true);
        if (on != null && on.isAfter(clock.today())) {
            v.add("heldOn", "The session date must be today or in the past");
        }
        Style s = Enums.parse(Style.class, style);
        v.check(s != null, "style", "Choose the style you used: mentoring, co-learning or coaching");
        String text = GoalService.trim(notes);
        v.required("notes", text, "what you talked about", NOTES_MAX);
        List<UUID> linked = new ArrayList<>();
        for (String g : goalIds == null ? List.<String>of() : goalIds) {
            try {
                UUID id = UUID.fromString(g);
                if (goals.goal(id).filter(x -> x.personId().equals(person)).isEmpty()) {
                    throw new IllegalArgumentException();
                }
                linked.add(id);
            } catch (IllegalArgumentException e) {
                v.add("goals", "Choose goals from the person's own plan");
                break;
            }
        }
        v.throwIfInvalid();
        boolean peer = user.has(Role.PEER_SUPPORT_WORKER) && !user.has(Role.PRACTITIONER);
        Session session = new Session(UUID.randomUUID(), on, s, peer, user.displayName(), text, List.copyOf(linked), null,
                null, clock.now());
        store.insertSession(person, session, user.username());
        gate.changed(user, a, AuditAction.CREATE, "session note", session.id());
        return new Saved(session, peer ? wordingCheck(text) : List.of());
    }

    @Transactional
    @Override
    public void reflect(CurrentUser user, PersonId person, UUID session, String reflection) {
        PersonAccess a = gate.person(user, person);
        Validation v = new Validation();
        v.required("reflection", GoalService.trim(reflection), "your reflection", 4000);
        v.throwIfInvalid();
        if (!store.reflect(person, session, GoalService.trim(reflection), clock.now())) {
            throw new NotFoundException("Session");
        }
        gate.changed(user, a, AuditAction.UPDATE, "session reflection", session);
    }

    /** Clinical words in a peer note, each with an everyday alternative. */
    static List<String> wordingCheck(String notes) {
        String lower = notes.toLowerCase(Locale.UK);
        List<String> found = new ArrayList<>();
        for (String[] pair : CLINICAL) {
            if (java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(pair[0]) + "\\b").matcher(lower).find()) {
                found.add("\"" + pair[0] + "\" (perhaps: " + pair[1] + ")");
            }
        }
        return found;
    }
}
