package tandem.change.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.change.Assessments;
import tandem.change.ChangeViews.Assessment;
import tandem.change.ChangeViews.Rating;
import tandem.change.Evidence;
import tandem.change.Scope;
import tandem.change.Stages;
import tandem.change.internal.AssessmentStore.AssessmentRow;
import tandem.identity.CurrentUser;
import tandem.people.PeopleApi;
import tandem.shared.FieldProblem;
import tandem.shared.TandemClock;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;

/** Self-assessments of the ten challenges, with their evidence. */
@Service
class AssessmentService implements Assessments, Evidence {

    private final AssessmentStore store;
    private final ScopeNames names;
    private final Stages stages;
    private final PeopleApi people;
    private final ChangeAudit audit;
    private final TandemClock clock;

    AssessmentService(AssessmentStore store, ScopeNames names, Stages stages, PeopleApi people, ChangeAudit audit, TandemClock clock) {
        this.store = store;
        this.names = names;
        this.stages = stages;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @Override
    public Assessment assess(CurrentUser lead, NewAssessment in) {
        ChangeAccess.requireLead(lead);
        Validation v = new Validation();
        Optional<Scope> scope = Scope.parse(in.scope());
        UUID target = null;
        try {
            target = in.scopeId() == null || in.scopeId().isBlank() ? null : UUID.fromString(in.scopeId().trim());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (scope.isEmpty()) {
            v.add("scope", "Choose the organisation, a site or a team");
        } else if (target == null || names.scopeName(lead, scope.get(), target) == null) {
            v.add("scopeId", "Choose a site or team of your organisation");
        }
        String assessedOn = in.assessedOn();
        LocalDate on = assessedOn == null || assessedOn.isBlank() ? clock.today() : v.date("assessedOn", assessedOn, "the date", true);
        if (on != null && on.isAfter(clock.today())) {
            v.add("assessedOn", "The date must be today or in the past");
        }
        int p = in.participants() == null ? 0 : in.participants();
        int le = in.livedExperience() == null ? 0 : in.livedExperience();
        if (p < 0 || p > 10_000) {
            v.add("participants", "Enter how many people took part, from 0");
        }
        if (le < 0 || le > p) {
            v.add("livedExperience", "People with lived experience who took part can't be more than everyone who took part");
        }
        Set<Integer> rated = new HashSet<>();
        List<Rating> kept = ratings(v, in.ratings() == null ? List.of() : in.ratings(), rated);
        if (kept.isEmpty() && v.ok()) {
            v.add("stage1", "Rate at least one challenge");
        }
        List<Upload> files = in.uploads() == null ? List.of() : in.uploads();
        List<String> types = new ArrayList<>();
        for (Upload u : files) {
            String field = "file" + u.challenge();
            String type = EvidenceRules.sniff(u.bytes());
            if (u.bytes().length > FILE_MAX) {
                v.add(field, "Evidence files must be 2 MB or smaller");
            } else if (type == null) {
                v.add(field, "Evidence files must be PDF, PNG, JPEG or plain text (checked by their content, not their name)");
            } else if (!rated.contains(u.challenge())) {
                v.add(field, "Rate challenge " + u.challenge() + " to add evidence to it");
            }
            types.add(type);
        }
        v.throwIfInvalid();
        AssessmentRow a = new AssessmentRow(UUID.randomUUID(), scope.get(), target, on, p, le, lead.displayName(), kept, List.of());
        store.insert(lead.organisationId().value(), a, clock.now());
        for (int i = 0; i < files.size(); i++) {
            Upload u = files.get(i);
            store.insertFile(a.id(), u.challenge(), EvidenceRules.safeName(u.filename()), types.get(i), u.bytes(), clock.now());
        }
        audit.audited(lead, AuditAction.CREATE, "challenge self-assessment", a.id());
        return assessment(lead, a.id());
    }

    /** The ratings worth keeping; each problem with one goes on {@code v}, and the challenges rated on {@code rated}. */
    private List<Rating> ratings(Validation v, List<RatingIn> ratings, Set<Integer> rated) {
        List<Rating> kept = new ArrayList<>();
        for (RatingIn r : ratings) {
            if (r == null || r.challenge() == null || r.challenge() < 1 || r.challenge() > 10) {
                v.add("ratings", "Challenges are numbered 1 to 10");
                continue;
            }
            String field = "stage" + r.challenge();
            if (!rated.add(r.challenge())) {
                v.add(field, "Challenge " + r.challenge() + " is rated twice");
            }
            if (stages.find(r.stage()).isEmpty()) {
                v.add(field, "Choose a stage for challenge " + r.challenge() + " from the scale");
            }
            v.maxLength("evidence" + r.challenge(), r.evidence(), "the evidence", 4000);
            v.maxLength("links" + r.challenge(), r.links(), "the links", 2000);
            if (r.links() != null) {
                for (String link : r.links().split("\\s+")) {
                    if (!link.isBlank() && !link.matches("https?://\\S+")) {
                        v.add("links" + r.challenge(), "Links must be web addresses starting with https://");
                        break;
                    }
                }
            }
            kept.add(new Rating(r.challenge(), r.stage(), ChangeAccess.blank(r.evidence()), ChangeAccess.blank(r.links())));
        }
        return kept;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Assessment> assessments(CurrentUser lead, String scope, String scopeId) {
        ChangeAccess.requireLead(lead);
        UUID id = null;
        if (scopeId != null && !scopeId.isBlank()) {
            try {
                id = UUID.fromString(scopeId.trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(new FieldProblem("scopeId", "Not a valid id")));
            }
        }
        Scope s = null;
        if (scope != null && !scope.isBlank()) {
            s = Scope.parse(scope).orElseThrow(() -> new InvalidInputException(List.of(new FieldProblem("scope",
                    "The scope is ORGANISATION, SITE or TEAM"))));
        }
        return store.assessments(lead.organisationId().value(), s, id).stream().map(a -> names.view(lead, a)).toList();
    }

    @Transactional(readOnly = true)
    @Override
    public Assessment assessment(CurrentUser lead, UUID id) {
        ChangeAccess.requireLead(lead);
        return store.assessment(lead.organisationId().value(), id).map(a -> names.view(lead, a))
                .orElseThrow(() -> new NotFoundException("Assessment"));
    }

    @Transactional(readOnly = true)
    @Override
    public List<ScopeOption> scopes(CurrentUser lead) {
        ChangeAccess.requireLead(lead);
        List<ScopeOption> scopes = new ArrayList<>();
        scopes.add(new ScopeOption(Scope.ORGANISATION + ":" + lead.organisationId(), "The whole organisation"));
        people.sites(lead.organisationId()).forEach(s -> scopes.add(new ScopeOption(Scope.SITE + ":" + s.id(), "Site: " + s.name())));
        people.teams(lead.organisationId()).forEach(t -> scopes.add(new ScopeOption(Scope.TEAM + ":" + t.id(), "Team: " + t.name())));
        return scopes;
    }

    @Transactional(readOnly = true)
    @Override
    public Download download(CurrentUser lead, UUID fileId) {
        ChangeAccess.requireLead(lead);
        return store.file(lead.organisationId().value(), fileId).map(f -> new Download(f.filename(), f.contentType(), f.bytes()))
                .orElseThrow(() -> new NotFoundException("File"));
    }
}
