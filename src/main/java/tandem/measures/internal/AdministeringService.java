package tandem.measures.internal;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.consent.AccessDecisions;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.measures.Administering;
import tandem.measures.Assignment;
import tandem.measures.StoredResponse;
import tandem.measures.scoring.Instrument;
import tandem.people.PeopleApi;
import tandem.shared.TandemClock;
import tandem.shared.error.GoneException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.RuleRefusedException;
import tandem.shared.error.Validation;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/** {@link Administering}: requests and single-use links, each change audited through the access decision. */
@Service
class AdministeringService implements Administering {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AssignmentStore assignments;
    private final MeasuresService measures;
    private final AccessDecisions access;
    private final AuditLog audit;
    private final PeopleApi people;
    private final TandemClock clock;
    private final Duration linkLifetime;

    AdministeringService(AssignmentStore assignments, MeasuresService measures, AccessDecisions access, AuditLog audit,
            PeopleApi people, TandemClock clock, @Value("${tandem.measures.link-days:7}") int linkDays) {
        this.assignments = assignments;
        this.measures = measures;
        this.access = access;
        this.audit = audit;
        this.people = people;
        this.clock = clock;
        this.linkLifetime = Duration.ofDays(linkDays);
    }

    @Override
    @Transactional
    public Assignment assign(CurrentUser user, PersonId personId, String code, String dueOn, String everyMonths) {
        PersonAccess decided = careAccess(user, personId);
        Validation v = new Validation();
        Instrument instrument = code == null ? null : measures.instruments().stream()
                .filter(i -> i.code().equals(code)).findFirst().orElse(null);
        v.check(instrument != null, "instrument", "Choose a questionnaire from the list");
        LocalDate due = v.date("dueOn", dueOn, "the date it is due", true);
        if (due != null && due.isBefore(clock.today())) {
            v.add("dueOn", "The date it is due must be today or later");
        }
        Integer every = null;
        if (everyMonths != null && !everyMonths.isBlank() && !"0".equals(everyMonths.trim())) {
            try {
                every = Integer.parseInt(everyMonths.trim());
                v.check(every >= 1 && every <= 24, "everyMonths", "Repeat every 1 to 24 months, or choose once");
            } catch (NumberFormatException e) {
                v.add("everyMonths", "Repeat every 1 to 24 months, or choose once");
            }
        }
        v.throwIfInvalid();
        if (!instrument.personCanComplete()) {
            // Nothing is stored: the person would be asked for something they cannot open.
            throw new RuleRefusedException("instrument", instrument.selfReport()
                    ? instrument.title() + " cannot be asked of the person: its wording is not installed. Install your"
                            + " service's licensed wording first, or fill it in together with them."
                    : instrument.title() + " is rated by a worker, not by the person: complete it yourself on the"
                            + " worker's form.");
        }
        Assignment a = new Assignment(UUID.randomUUID(), personId, code, due, every, user.username());
        assignments.insert(a, decided.organisationId().value());
        access.recordChange(user, decided, AuditAction.CREATE, "questionnaire request", a.id().toString());
        return a;
    }

    @Override
    @Transactional
    public void end(CurrentUser user, PersonId personId, UUID assignmentId) {
        PersonAccess decided = careAccess(user, personId);
        if (!assignments.end(personId, assignmentId)) {
            throw new NotFoundException("Assignment");
        }
        access.recordChange(user, decided, AuditAction.UPDATE, "questionnaire request", assignmentId.toString());
    }

    @Override
    @Transactional(readOnly = true)
    public List<Assignment> assignments(PersonId personId) {
        return assignments.active(personId);
    }

    @Override
    @Transactional
    public String createLink(CurrentUser user, PersonId personId, UUID assignmentId) {
        PersonAccess decided = careAccess(user, personId);
        Assignment a = assignments.find(assignmentId).filter(x -> x.personId().equals(personId))
                .orElseThrow(() -> new NotFoundException("Assignment"));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        assignments.insertLink(token, a.id(), user.username(), clock.now().plus(linkLifetime));
        access.recordChange(user, decided, AuditAction.CREATE, "single-use link", a.id().toString());
        return token;
    }

    @Override
    @Transactional(readOnly = true)
    public LinkView openLink(String token) {
        Assignment a = usableLink(token);
        String first = people.person(a.personId()).map(tandem.people.PersonView::firstName).orElseThrow(() -> new NotFoundException("Link"));
        return new LinkView(first, measures.instrument(a.instrument()));
    }

    @Override
    @Transactional
    public StoredResponse submitLink(String token, Map<String, ?> answers) {
        Assignment a = usableLink(token);
        StoredResponse r = measures.recordFromLink(a.personId(), a.instrument(), answers);
        if (!assignments.use(token, clock.now())) {
            throw new GoneException("Link");
        }
        return r;
    }

    @Override
    @Transactional(readOnly = true)
    public List<DueLine> dueForStaff(CurrentUser user) {
        if (!user.isStaff() || !user.hasCareRole()) {
            return List.of();
        }
        List<PersonId> visible = access.visibleOnCaseload(user, people.caseloadOfStaff(user.staffId(), clock.today(), null));
        LocalDate today = clock.today();
        Map<PersonId, String> names = new java.util.HashMap<>();
        people.listItems(visible).forEach(p -> names.put(p.id(), p.displayName()));
        List<DueLine> lines = new ArrayList<>();
        for (Assignment a : assignments.activeFor(visible.stream().map(PersonId::value).toList(), today.plusDays(7))) {
            lines.add(new DueLine(a.personId(), names.getOrDefault(a.personId(), ""), a.instrument(), a.dueOn(), a.state(today)));
        }
        return lines;
    }

    @Override
    @Transactional(readOnly = true)
    public CompletionCount completionInOrganisations(String instrument, Instant since, Collection<OrganisationId> organisations,
            Collection<PersonId> except) {
        return assignments.completion(instrument, since, organisations, null, except);
    }

    @Override
    @Transactional(readOnly = true)
    public CompletionCount completionAmong(String instrument, Instant since, OrganisationId organisation, Collection<PersonId> people) {
        return assignments.completion(instrument, since, List.of(organisation), people, List.of());
    }

    private Assignment usableLink(String token) {
        if (token == null || token.length() < 20 || token.length() > 100) {
            throw new NotFoundException("Link");
        }
        AssignmentStore.Link link = assignments.link(token).orElseThrow(() -> new NotFoundException("Link"));
        if (link.usedAt() != null || !link.expiresAt().isAfter(clock.now())) {
            throw new GoneException("Link");
        }
        return assignments.find(link.assignmentId()).orElseThrow(() -> new GoneException("Link"));
    }

    private PersonAccess careAccess(CurrentUser user, PersonId personId) {
        PersonAccess decided = access.decide(user, personId);
        if (!decided.level().readsRecord() || decided.self()) {
            throw new PersonNotFoundException();
        }
        return decided;
    }

}
