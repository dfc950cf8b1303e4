package tandem.change;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
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
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.change.ChangeViews.Assessment;
import tandem.change.ChangeViews.Cycle;
import tandem.change.ChangeViews.CycleStep;
import tandem.change.ChangeViews.Fidelity;
import tandem.change.ChangeViews.Member;
import tandem.change.ChangeViews.Priority;
import tandem.change.ChangeViews.Rating;
import tandem.change.ChangeViews.Trip;
import tandem.change.internal.ChangeStore;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.OrganisationView;
import tandem.people.PeopleApi;
import tandem.people.TeamView;
import tandem.shared.FieldProblem;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.workforce.PeerWorkforce;
import tandem.shared.ids.OrganisationId;

/**
 * The organisation's own change work: ten-challenge self-assessments with evidence and who took
 * part, team priorities, action learning cycles, the college counts and fidelity self-check, and
 * the programme's view of its members (aggregates only).
 */
@Service
public class OrganisationalChange {

    public static final int FILE_MAX = 2 * 1024 * 1024;
    public static final List<String> CYCLE_STEPS = List.of("Joint agreement", "Goal-setting", "Implementation", "Review");

    /** A RECOLLECT component: its key, its name, and whether it is rated 0/1/2 (non-modifiable) or type 1/2. */
    public record Component(String key, String name, boolean modifiable) {
    }

    public static final List<Component> FIDELITY = List.of(
            new Component("equality", "Valuing equality", false), new Component("learning", "Learning", false),
            new Component("tailored", "Tailored to the student", false), new Component("coproduction", "Co-production", false),
            new Component("connectedness", "Social connectedness", false), new Component("community", "Community focus", false),
            new Component("recovery", "Commitment to recovery", false), new Component("available", "Available to all", true),
            new Component("location", "Location", true), new Component("distinctive", "Distinctiveness of course content", true),
            new Component("strengths", "Strengths-based", true), new Component("progressive", "Progressive", true));

    /** An uploaded evidence file, before it is checked. */
    public record Upload(int challenge, String filename, byte[] bytes) {
    }

    /** A rating as submitted. */
    public record RatingIn(Integer challenge, String stage, String evidence, String links) {
    }

    private final ChangeStore store;
    private final Stages stages;
    private final PeopleApi people;
    private final PeerWorkforce workforce;
    private final AuditLog audit;
    private final TandemClock clock;

    OrganisationalChange(ChangeStore store, Stages stages, PeopleApi people, PeerWorkforce workforce, AuditLog audit,
            TandemClock clock) {
        this.store = store;
        this.stages = stages;
        this.people = people;
        this.workforce = workforce;
        this.audit = audit;
        this.clock = clock;
    }

    // Assessments

    @Transactional
    public Assessment assess(CurrentUser lead, String scope, String scopeId, String assessedOn, Integer participants,
            Integer livedExperience, List<RatingIn> ratings, List<Upload> uploads) {
        requireLead(lead);
        Validation v = new Validation();
        String s = scope == null ? "" : scope.trim().toUpperCase();
        UUID target = null;
        try {
            target = scopeId == null || scopeId.isBlank() ? null : UUID.fromString(scopeId.trim());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (!List.of("ORGANISATION", "SITE", "TEAM").contains(s)) {
            v.add("scope", "Choose the organisation, a site or a team");
        } else if (target == null || scopeName(lead, s, target) == null) {
            v.add("scopeId", "Choose a site or team of your organisation");
        }
        LocalDate on = assessedOn == null || assessedOn.isBlank() ? clock.today() : v.date("assessedOn", assessedOn, "the date", true);
        if (on != null && on.isAfter(clock.today())) {
            v.add("assessedOn", "The date must be today or in the past");
        }
        int p = participants == null ? 0 : participants;
        int le = livedExperience == null ? 0 : livedExperience;
        if (p < 0 || p > 10_000) {
            v.add("participants", "Enter how many people took part, from 0");
        }
        if (le < 0 || le > p) {
            v.add("livedExperience", "People with lived experience who took part can't be more than everyone who took part");
        }
        List<Rating> kept = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (RatingIn r : ratings == null ? List.<RatingIn>of() : ratings) {
            if (r == null || r.challenge() == null || r.challenge() < 1 || r.challenge() > 10) {
                v.add("ratings", "Challenges are numbered 1 to 10");
                continue;
            }
            String field = "stage" + r.challenge();
            if (!seen.add(r.challenge())) {
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
            kept.add(new Rating(r.challenge(), r.stage(), blank(r.evidence()), blank(r.links())));
        }
        if (kept.isEmpty() && v.ok()) {
            v.add("stage1", "Rate at least one challenge");
        }
        List<Upload> files = uploads == null ? List.of() : uploads;
        List<String> types = new ArrayList<>();
        for (Upload u : files) {
            String field = "file" + u.challenge();
            String type = sniff(u.bytes());
            if (u.bytes().length > FILE_MAX) {
                v.add(field, "Evidence files must be 2 MB or smaller");
            } else if (type == null) {
                v.add(field, "Evidence files must be PDF, PNG, JPEG or plain text (checked by their content, not their name)");
            } else if (!seen.contains(u.challenge())) {
                v.add(field, "Rate challenge " + u.challenge() + " to add evidence to it");
            }
            types.add(type);
        }
        v.throwIfInvalid();
        Assessment a = new Assessment(UUID.randomUUID(), s, target, null, on, p, le, lead.displayName(), kept, List.of());
        store.insertAssessment(lead.organisationId().value(), a, clock.now());
        for (int i = 0; i < files.size(); i++) {
            Upload u = files.get(i);
            store.insertFile(a.id(), u.challenge(), safeName(u.filename()), types.get(i), u.bytes(), clock.now());
        }
        audited(lead, AuditAction.CREATE, "challenge self-assessment", a.id());
        return assessment(lead, a.id());
    }

    @Transactional(readOnly = true)
    public List<Assessment> assessments(CurrentUser user, String scope, String scopeId) {
        requireLead(user);
        String s = scope == null || scope.isBlank() ? null : scope.trim().toUpperCase();
        UUID id = null;
        if (scopeId != null && !scopeId.isBlank()) {
            try {
                id = UUID.fromString(scopeId.trim());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException(List.of(new FieldProblem("scopeId", "Not a valid id")));
            }
        }
        if (s != null && !List.of("ORGANISATION", "SITE", "TEAM").contains(s)) {
            throw new InvalidInputException(List.of(new FieldProblem("scope", "The scope is ORGANISATION, SITE or TEAM")));
        }
        return store.assessments(user.organisationId().value(), s, id).stream().map(a -> named(user, a)).toList();
    }

    @Transactional(readOnly = true)
    public Assessment assessment(CurrentUser user, UUID id) {
        requireLead(user);
        return store.assessment(user.organisationId().value(), id).map(a -> named(user, a))
                .orElseThrow(() -> new NotFoundException("Assessment"));
    }

    @Transactional(readOnly = true)
    public Object[] evidence(CurrentUser user, UUID fileId) {
        requireLead(user);
        return store.file(user.organisationId().value(), fileId).orElseThrow(() -> new NotFoundException("File"));
    }

    /** What the content of a file says it is: PDF, PNG, JPEG or UTF-8 text, else null. */
    static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length == 0) {
            return null;
        }
        for (byte x : b) {
            if (x == 0 || (x > 0 && x < 0x20 && x != '\n' && x != '\r' && x != '\t')) {
                return null;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            String text = new String(b, StandardCharsets.UTF_8).toLowerCase();
            return text.contains("<script") || text.contains("<html") || text.contains("<svg") ? null : "text/plain";
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    // Team priorities (TRIP)

    @Transactional(readOnly = true)
    public List<Trip> trips(CurrentUser user, UUID team) {
        teamOf(user, team);
        return store.trips(team);
    }

    /** Writes the team's plan, or resets it at a review: a new version each time. */
    @Transactional
    public Trip saveTrip(CurrentUser lead, UUID team, int openedVersion, String resources, List<String> challenges,
            List<String> texts, String reviewOn) {
        requireLead(lead);
        teamOf(lead, team);
        Validation v = new Validation();
        v.required("resources", blank(resources), "the team's resources", 4000);
        List<Priority> priorities = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            String c = challenges != null && challenges.size() > i ? challenges.get(i) : "";
            String t = texts != null && texts.size() > i ? blank(texts.get(i)) : null;
            if ((c == null || c.isBlank()) && t == null) {
                continue;
            }
            int n;
            try {
                n = Integer.parseInt(c.trim());
            } catch (RuntimeException e) {
                n = 0;
            }
            if (n < 1 || n > 10) {
                v.add("priority" + (i + 1), "Choose the challenge for priority " + (i + 1));
            } else if (!seen.add(n)) {
                v.add("priority" + (i + 1), "Each priority is a different challenge");
            }
            v.maxLength("text" + (i + 1), t, "the priority", 1000);
            priorities.add(new Priority(n, t));
        }
        if (priorities.isEmpty()) {
            v.add("priority1", "Choose at least one priority");
        }
        LocalDate review = v.date("reviewOn", reviewOn, "the review date", true);
        if (review != null && review.isBefore(clock.today())) {
            v.add("reviewOn", "The review date must be today or later");
        }
        v.throwIfInvalid();
        int current = store.trips(team).stream().findFirst().map(Trip::version).orElse(0);
        if (current != openedVersion) {
            throw new ConflictException("version", "This plan was changed since you opened it. Open it again.");
        }
        Trip t = new Trip(current + 1, resources.strip(), priorities, review, lead.displayName(), clock.now());
        try {
            store.insertTrip(team, t);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw new ConflictException("version", "This plan was changed a moment ago. Open it again.");
        }
        audited(lead, AuditAction.UPDATE, "team priorities", team);
        return t;
    }

    public TeamView teamOf(CurrentUser user, UUID team) {
        TeamView t = people.teams(user.organisationId()).stream()
                .filter(x -> x.id().value().equals(team)).findFirst().orElseThrow(() -> new NotFoundException("Team"));
        boolean member = user.staffId() != null && people.teamsOfStaff(user.staffId()).stream().anyMatch(x -> x.id().value().equals(team));
        if (!user.has(Role.SERVICE_LEAD) && !member) {
            throw new NotFoundException("Team");
        }
        return t;
    }

    // Action learning cycles

    @Transactional(readOnly = true)
    public List<Cycle> cycles(CurrentUser lead) {
        requireLead(lead);
        return store.cycles(lead.organisationId().value());
    }

    @Transactional
    public Cycle startCycle(CurrentUser lead, String challenge, String title) {
        requireLead(lead);
        Validation v = new Validation();
        int c = parseChallenge(v, "challenge", challenge);
        v.required("title", blank(title), "what the cycle is about", 200);
        v.throwIfInvalid();
        Cycle cycle = new Cycle(UUID.randomUUID(), c, title.strip(), lead.displayName(), clock.now(), null, List.of());
        store.insertCycle(lead.organisationId().value(), cycle);
        audited(lead, AuditAction.CREATE, "action learning cycle", cycle.id());
        return cycle;
    }

    /** Records the next step; steps go in order: agreement, goals, implementation, review. */
    @Transactional
    public void addStep(CurrentUser lead, UUID cycleId, String step, String text, String doneOn) {
        Cycle cycle = cycle(lead, cycleId);
        if (cycle.closedAt() != null) {
            throw new ConflictException("step", "This cycle is closed.");
        }
        Validation v = new Validation();
        int n;
        try {
            n = Integer.parseInt(step == null ? "" : step.trim());
        } catch (NumberFormatException e) {
            n = 0;
        }
        if (n < 1 || n > 4) {
            v.add("step", "Choose the step");
        } else if (n != cycle.nextStep()) {
            v.add("step", cycle.nextStep() > 4 ? "All four steps are recorded"
                    : "Steps go in order: the next one is " + CYCLE_STEPS.get(cycle.nextStep() - 1).toLowerCase());
        }
        v.required("text", blank(text), "what was agreed or done", 4000);
        LocalDate on = v.date("doneOn", doneOn, "the date", true);
        if (on != null && on.isAfter(clock.today())) {
            v.add("doneOn", "The date must be today or in the past");
        }
        if (on != null && !cycle.steps().isEmpty() && on.isBefore(cycle.steps().get(cycle.steps().size() - 1).doneOn())) {
            v.add("doneOn", "The date can't be before the previous step");
        }
        v.throwIfInvalid();
        store.insertStep(cycleId, new CycleStep(n, text.strip(), on, lead.displayName()), lead.username());
        audited(lead, AuditAction.UPDATE, "action learning cycle", cycleId);
    }

    @Transactional
    public void closeCycle(CurrentUser lead, UUID cycleId) {
        Cycle cycle = cycle(lead, cycleId);
        if (cycle.steps().size() < 4) {
            throw new ConflictException("step", "A cycle can't be closed without its review. Record the review first.");
        }
        if (!store.close(cycleId, clock.now())) {
            throw new ConflictException("step", "This cycle is already closed.");
        }
        audited(lead, AuditAction.UPDATE, "action learning cycle closed", cycleId);
    }

    public Cycle cycle(CurrentUser lead, UUID id) {
        requireLead(lead);
        return store.cycles(lead.organisationId().value()).stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("Cycle"));
    }

    // Colleges, fidelity and the programme view

    @Transactional(readOnly = true)
    public Optional<int[]> colleges(CurrentUser lead) {
        requireLead(lead);
        return store.profile(lead.organisationId().value());
    }

    @Transactional
    public void saveColleges(CurrentUser lead, String open, String planned) {
        requireLead(lead);
        Validation v = new Validation();
        int o = count(v, "collegesOpen", open);
        int p = count(v, "collegesPlanned", planned);
        v.throwIfInvalid();
        store.saveProfile(lead.organisationId().value(), o, p, clock.now());
        audited(lead, AuditAction.UPDATE, "Recovery College counts", lead.organisationId().value());
    }

    @Transactional(readOnly = true)
    public List<Fidelity> fidelity(CurrentUser user) {
        requireCollege(user);
        return store.fidelity(user.organisationId().value());
    }

    @Transactional
    public void rateFidelity(CurrentUser user, String term, Map<String, String> ratings) {
        if (!user.has(Role.COLLEGE_ADMIN)) {
            throw new ForbiddenException("The college manager rates the fidelity self-check.");
        }
        Validation v = new Validation();
        v.required("term", blank(term), "the term, like Autumn 2026", 60);
        Map<String, Integer> kept = new LinkedHashMap<>();
        for (Component c : FIDELITY) {
            String value = ratings.get(c.key());
            Integer n = null;
            try {
                n = Integer.valueOf(value == null ? "" : value.trim());
            } catch (NumberFormatException e) {
                // reported below
            }
            boolean ok = n != null && (c.modifiable() ? (n == 1 || n == 2) : (n >= 0 && n <= 2));
            if (!ok) {
                v.add(c.key(), c.name() + ": choose " + (c.modifiable() ? "type 1 or type 2" : "0, 1 or 2"));
            } else {
                kept.put(c.key(), n);
            }
        }
        v.throwIfInvalid();
        store.saveFidelity(user.organisationId().value(), new Fidelity(UUID.randomUUID(), term.strip(), kept, user.displayName(),
                clock.now()));
        audited(user, AuditAction.UPDATE, "college fidelity self-check", user.organisationId().value());
    }

    /** The programme's members side by side: each organisation's latest organisation-wide stages and counts. */
    @Transactional(readOnly = true)
    public List<Member> programme(CurrentUser user) {
        if (!user.has(Role.PROGRAMME_LEAD) || user.organisationId() == null) {
            throw new NotFoundException("Page");
        }
        OrganisationView own = people.organisation(user.organisationId()).orElseThrow(() -> new NotFoundException("Page"));
        if (own.programmeId() == null) {
            return List.of();
        }
        List<Member> out = new ArrayList<>();
        for (OrganisationView o : people.organisationsInProgramme(own.programmeId())) {
            Assessment latest = store.assessments(o.id().value(), "ORGANISATION", o.id().value()).stream().findFirst().orElse(null);
            Map<Integer, String> st = new LinkedHashMap<>();
            if (latest != null) {
                latest.ratings().forEach(r -> st.put(r.challenge(), r.stage()));
            }
            Optional<int[]> colleges = store.profile(o.id().value());
            PeerWorkforce.PeerWorkers peers = workforce.peerWorkers(o.id().value());
            out.add(new Member(o.id().value(), o.name(), latest == null ? null : latest.assessedOn(), st,
                    colleges.map(c -> c[0]).orElse(null), colleges.map(c -> c[1]).orElse(null), peers.workers(), peers.sites()));
        }
        return out;
    }

    // -----------------------------------------------------------------------------------------

    private Assessment named(CurrentUser user, Assessment a) {
        return new Assessment(a.id(), a.scope(), a.scopeId(), scopeName(user, a.scope(), a.scopeId()), a.assessedOn(),
                a.participants(), a.livedExperienceParticipants(), a.createdBy(), a.ratings(), a.files());
    }

    /** The scope's name when it belongs to the user's organisation, else null. */
    public String scopeName(CurrentUser user, String scope, UUID id) {
        UUID org = user.organisationId().value();
        return switch (scope) {
            case "ORGANISATION" -> id.equals(org) ? people.organisation(OrganisationId.of(org)).map(OrganisationView::name).orElse(null) : null;
            case "SITE" -> people.sites(OrganisationId.of(org)).stream().filter(s -> s.id().value().equals(id)).map(s -> s.name()).findFirst().orElse(null);
            case "TEAM" -> people.teams(OrganisationId.of(org)).stream().filter(t -> t.id().value().equals(id)).map(TeamView::name).findFirst().orElse(null);
            default -> null;
        };
    }

    static void requireLead(CurrentUser user) {
        if (!user.has(Role.SERVICE_LEAD) || user.organisationId() == null) {
            throw new NotFoundException("Page");
        }
    }

    static void requireCollege(CurrentUser user) {
        if (!(user.has(Role.COLLEGE_ADMIN) || user.has(Role.SERVICE_LEAD)) || user.organisationId() == null) {
            throw new NotFoundException("Page");
        }
    }

    private static int parseChallenge(Validation v, String field, String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            if (n >= 1 && n <= 10) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(field, "Choose one of the ten challenges");
        return 1;
    }

    private static int count(Validation v, String field, String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            if (n >= 0 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(field, "Enter a whole number, 0 or more");
        return 0;
    }

    private static String safeName(String name) {
        String n = name == null || name.isBlank() ? "evidence" : name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private void audited(CurrentUser user, AuditAction action, String what, UUID id) {
        audit.record(new AuditEvent(user.username(), user.primaryRole().name(), user.organisationId(), null, action, what,
                id.toString(), false));
    }
}
