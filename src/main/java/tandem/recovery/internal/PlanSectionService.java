package tandem.recovery.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.PersonAccess;
import tandem.identity.CurrentUser;
import tandem.measures.scoring.Chime;
import tandem.recovery.PlanSections;
import tandem.recovery.PlanViews.Heard;
import tandem.recovery.PlanViews.Strength;
import tandem.recovery.PlanViews.Strengths;
import tandem.recovery.PlanViews.Values;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.Validation;
import tandem.shared.ids.PersonId;

/** The implementation of {@link PlanSections}. */
@Service
class PlanSectionService implements PlanSections {

    private final PlanStore store;
    private final PlanGate gate;
    private final TandemClock clock;
    private final List<String> valueCards;
    private final List<Domain> domains;

    PlanSectionService(PlanStore store, PlanGate gate, TandemClock clock,
            @Value("${tandem.recovery.value-cards:Family,Friendship,Independence,Creativity,Learning,Faith or spirituality,"
                    + "Nature,Health,Work,Helping others,Fun,Security,Honesty,Being respected,Home,Music,Sport,Animals,"
                    + "Community,Peace}") List<String> valueCards,
            @Value("${tandem.recovery.strength-domains:Daily living|EMPOWERMENT,Finances|EMPOWERMENT,"
                    + "Work and education|MEANING,Family and relationships|CONNECTEDNESS,Health|EMPOWERMENT,"
                    + "Social support and leisure|CONNECTEDNESS,Spirituality and culture|MEANING,Recovery|HOPE}") List<String> domains) {
        this.store = store;
        this.gate = gate;
        this.clock = clock;
        this.valueCards = List.copyOf(valueCards);
        this.domains = domains.stream().map(d -> {
            String[] parts = d.split("\\|");
            return new Domain(parts[0].trim(), parts.length > 1 ? Chime.valueOf(parts[1].trim()) : null);
        }).toList();
    }

    @Override
    public List<String> valueCards() {
        return valueCards;
    }

    @Override
    public List<Domain> domains() {
        return domains;
    }

    @Transactional
    @Override
    public List<Values> values(CurrentUser user, PersonId person) {
        gate.read(user, person, "values and preferences");
        return store.values(person);
    }

    @Transactional
    @Override
    public List<Strengths> strengths(CurrentUser user, PersonId person) {
        gate.read(user, person, "strengths");
        return store.strengths(person);
    }

    @Transactional
    @Override
    public List<Heard> heard(CurrentUser user, PersonId person) {
        gate.read(user, person, "what I heard notes");
        return store.heard(person);
    }

    @Transactional
    @Override
    public Values saveValues(CurrentUser user, PersonId person, int openedVersion, String whatMatters, List<String> cards,
            String whatHelps, String whatDoesNotHelp, String treatment, String contact, String involve) {
        PersonAccess a = gate.person(user, person);
        Validation v = new Validation();
        v.required("whatMatters", trim(whatMatters), "what matters to you", TEXT_MAX);
        v.maxLength("whatHelps", whatHelps, "what helps", TEXT_MAX);
        v.maxLength("whatDoesNotHelp", whatDoesNotHelp, "what does not help", TEXT_MAX);
        v.maxLength("treatment", treatment, "your treatment preferences", TEXT_MAX);
        v.maxLength("contact", contact, "how you like to be contacted", TEXT_MAX);
        v.maxLength("involve", involve, "who to involve", TEXT_MAX);
        Set<String> chosen = new LinkedHashSet<>();
        for (String c : cards == null ? List.<String>of() : cards) {
            if (!valueCards.contains(c)) {
                v.add("valueCards", "Choose value cards from the list");
                break;
            }
            chosen.add(c);
        }
        v.throwIfInvalid();
        int current = store.values(person).stream().findFirst().map(Values::version).orElse(0);
        checkVersion(openedVersion, current);
        Values saved = new Values(current + 1, trim(whatMatters), List.copyOf(chosen), trim(whatHelps),
                trim(whatDoesNotHelp), trim(treatment), trim(contact), trim(involve), user.displayName(), clock.now());
        insert(() -> store.insertValues(person, saved));
        gate.changed(user, a, AuditAction.UPDATE, "values and preferences", "version " + saved.version());
        return saved;
    }

    @Transactional
    @Override
    public Strengths saveStrengths(CurrentUser user, PersonId person, int openedVersion, Map<String, String> cells,
            String priorities) {
        PersonAccess a = gate.person(user, person);
        Validation v = new Validation();
        List<Strength> rows = new ArrayList<>();
        for (int i = 0; i < domains.size(); i++) {
            String[] texts = new String[3];
            String[] keys = {"current", "desires", "resources"};
            for (int k = 0; k < 3; k++) {
                String field = keys[k] + i;
                texts[k] = trim(cells.get(field));
                v.maxLength(field, texts[k], "this box", CELL_MAX);
            }
            rows.add(new Strength(domains.get(i).name(), texts[0], texts[1], texts[2]));
        }
        v.maxLength("priorities", priorities, "your priorities", TEXT_MAX);
        if (rows.stream().allMatch(Strength::blank) && trim(priorities) == null) {
            v.add("current0", "Write about at least one part of your life");
        }
        v.throwIfInvalid();
        int current = store.strengths(person).stream().findFirst().map(Strengths::version).orElse(0);
        checkVersion(openedVersion, current);
        Strengths saved = new Strengths(current + 1, rows, trim(priorities), user.displayName(), clock.now());
        insert(() -> store.insertStrengths(person, saved));
        gate.changed(user, a, AuditAction.UPDATE, "strengths", "version " + saved.version());
        return saved;
    }

    @Transactional
    @Override
    public Heard addHeard(CurrentUser user, PersonId person, String section, String text) {
        PersonAccess a = gate.worker(user, person);
        Validation v = new Validation();
        String s = section == null ? "" : section.trim().toUpperCase();
        v.check(s.equals("VALUES") || s.equals("STRENGTHS"), "section", "Choose values or strengths");
        v.required("heard", trim(text), "what you heard", 2000);
        v.throwIfInvalid();
        Heard h = new Heard(UUID.randomUUID(), s, trim(text), user.displayName(), clock.now());
        store.insertHeard(person, h, user.username());
        gate.changed(user, a, AuditAction.CREATE, "what I heard note", h.id());
        return h;
    }

    static void checkVersion(int opened, int current) {
        if (opened != current) {
            throw new ConflictException("version", "Your plan was changed since you opened it, perhaps on another device. "
                    + "Nothing was lost: open it again to see the latest version, then make your change.");
        }
    }

    static void insert(Runnable insert) {
        try {
            insert.run();
        } catch (DuplicateKeyException e) {
            checkVersion(-1, 0);
        }
    }

    static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
