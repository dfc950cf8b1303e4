package tandem.people.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tandem.audit.AuditLog;
import tandem.consent.AccessDecisions;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.people.PersonForm;
import tandem.people.PersonListItem;
import tandem.people.PersonView;
import tandem.people.TeamView;
import tandem.people.internal.PeopleService;
import tandem.shared.PageOf;
import tandem.shared.error.ForbiddenException;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TypedId;

/** The people part of the JSON API (CONTRACT.md). */
@RestController
class PeopleApiController {

    record PersonItem(UUID id, String displayName) {
    }

    record PeoplePage(List<PersonItem> items, int page, int size, long total) {
    }

    record NewPersonRequest(String givenName, String familyName, UUID teamId) {
    }

    record Created(UUID id) {
    }

    record TeamRef(UUID id, String name) {
    }

    record PersonDetail(UUID id, String displayName, UUID organisationId, List<TeamRef> teams) {
    }

    record AccessLogLine(String actor, String actorRole, String action, Instant at, boolean breakGlass) {
    }

    record TeamItem(UUID id, String name, UUID organisationId) {
    }

    private final CurrentUsers identity;
    private final VisiblePeople visible;
    private final PeopleApi people;
    private final PeopleService service;
    private final AccessDecisions access;
    private final AuditLog audit;

    PeopleApiController(CurrentUsers identity, VisiblePeople visible, PeopleApi people, PeopleService service,
            AccessDecisions access, AuditLog audit) {
        this.identity = identity;
        this.visible = visible;
        this.people = people;
        this.service = service;
        this.access = access;
        this.audit = audit;
    }

    @GetMapping("/api/v1/people")
    PeoplePage list(@RequestParam(required = false) String query, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        PageOf<PersonListItem> result = visible.list(identity.require(), query, Math.max(0, page), PageOf.clampSize(size));
        return new PeoplePage(result.items().stream().map(p -> new PersonItem(p.id().value(), p.displayName())).toList(),
                result.page(), result.size(), result.total());
    }

    @PostMapping("/api/v1/people")
    ResponseEntity<Created> create(@RequestBody NewPersonRequest body) {
        CurrentUser user = identity.require();
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators add people.");
        }
        PersonForm form = new PersonForm(body.givenName(), body.familyName(), null, null, null, null, null, false,
                false, false, body.teamId() == null ? null : body.teamId().toString(), null, null);
        UUID id = service.createPerson(user, form);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(new Created(id));
    }

    @GetMapping("/api/v1/people/{personId}")
    PersonDetail person(@PathVariable UUID personId) {
        var decided = access.openDirectoryEntry(identity.require(), PersonId.of(personId));
        PersonView p = people.person(PersonId.of(personId)).orElseThrow();
        // a supporter sees what the person shares with them (their name), not who cares for them
        List<TeamRef> teams = decided.level() == tandem.consent.AccessLevel.SUPPORTER ? List.of()
                : people.caseloadEntries(PersonId.of(personId)).stream().filter(e -> e.to() == null)
                        .map(e -> new TeamRef(TypedId.uuid(e.teamId()), e.teamName())).toList();
        return new PersonDetail(p.id().value(), p.displayName(), p.organisationId().value(), teams);
    }

    @GetMapping("/api/v1/people/{personId}/access-log")
    List<AccessLogLine> accessLog(@PathVariable UUID personId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        access.openAccessLog(identity.require(), PersonId.of(personId));
        return audit.accessLog(PersonId.of(personId), Math.max(0, page), PageOf.clampSize(size)).items().stream()
                .map(e -> new AccessLogLine(e.actor(), e.actorRole(), e.action().name(), e.at(), e.breakGlass()))
                .toList();
    }

    @GetMapping("/api/v1/teams")
    List<TeamItem> teams() {
        CurrentUser user = identity.require();
        List<TeamView> teams;
        if (user.has(Role.ADMIN) || user.has(Role.SERVICE_LEAD)) {
            teams = people.teams(user.organisationId());
        } else if (user.isStaff()) {
            teams = people.teamsOfStaff(user.staffId());
        } else {
            teams = List.of();
        }
        return teams.stream().map(t -> new TeamItem(t.id().value(), t.name(), t.organisationId().value())).toList();
    }
}
