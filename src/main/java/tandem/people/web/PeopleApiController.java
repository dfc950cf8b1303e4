package tandem.people.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

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
import tandem.people.Directory;
import tandem.people.PeopleApi;
import tandem.people.PersonForm;
import tandem.people.PersonListItem;
import tandem.people.NhsNumber;
import tandem.people.PersonView;
import tandem.people.TeamView;
import tandem.people.PeopleAdministration;
import tandem.shared.PageOf;
import tandem.shared.error.ForbiddenException;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.TeamId;

/** The people part of the JSON API (CONTRACT.md). */
@RestController
class PeopleApiController {

    record PersonItem(PersonId id, String displayName) {
    }

    record PeoplePage(List<PersonItem> items, int page, int size, long total) {
    }

    /** {@code nhsNumber} is optional: 10 digits with a valid check digit (spaces allowed), recorded as not yet checked. */
    record NewPersonRequest(String givenName, String familyName, TeamId teamId, String nhsNumber) {
    }

    record Created(PersonId id) {
    }

    record TeamRef(TeamId id, String name) {
    }

    /** {@code nhsNumber} (the ten digits) is given to staff only, and is null when none is held. */
    record PersonDetail(PersonId id, String displayName, OrganisationId organisationId, List<TeamRef> teams, NhsNumber nhsNumber) {
    }

    record AccessLogLine(String actor, String actorRole, String action, Instant at, boolean breakGlass) {
    }

    record TeamItem(TeamId id, String name, OrganisationId organisationId) {
    }

    private final CurrentUsers identity;
    private final Directory visible;
    private final PeopleApi people;
    private final PeopleAdministration service;
    private final AccessDecisions access;
    private final AuditLog audit;

    PeopleApiController(CurrentUsers identity, Directory visible, PeopleApi people, PeopleAdministration service,
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
        PageOf<PersonListItem> result = visible.visibleTo(identity.require(), query, Math.max(0, page), PageOf.clampSize(size));
        return new PeoplePage(result.items().stream().map(p -> new PersonItem(p.id(), p.displayName())).toList(),
                result.page(), result.size(), result.total());
    }

    @PostMapping("/api/v1/people")
    ResponseEntity<Created> create(@RequestBody NewPersonRequest body) {
        CurrentUser user = identity.require();
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators add people.");
        }
        PersonForm form = new PersonForm(body.givenName(), body.familyName(), null, null, null, null, null, false,
                false, false, body.teamId() == null ? null : body.teamId().toString(), null, null, body.nhsNumber(), false);
        PersonId id = service.createPerson(user, form);
        return ResponseEntity.created(URI.create("/api/v1/people/" + id)).body(new Created(id));
    }

    @GetMapping("/api/v1/people/{personId}")
    PersonDetail person(@PathVariable PersonId personId) {
        CurrentUser user = identity.require();
        var decided = access.openDirectoryEntry(user, personId);
        PersonView p = people.person(personId).orElseThrow();
        // a supporter sees what the person shares with them (their name), not who cares for them
        List<TeamRef> teams = decided.level() == tandem.consent.AccessLevel.SUPPORTER ? List.of()
                : people.caseloadEntries(personId).stream().filter(e -> e.to() == null)
                        .map(e -> new TeamRef(e.teamId(), e.teamName())).toList();
        boolean staff = user.isStaff() && !decided.self() && decided.level() != tandem.consent.AccessLevel.SUPPORTER;
        return new PersonDetail(p.id(), p.displayName(), p.organisationId(), teams, staff ? p.nhsNumber() : null);
    }

    @GetMapping("/api/v1/people/{personId}/access-log")
    List<AccessLogLine> accessLog(@PathVariable PersonId personId, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "100") int size) {
        access.openAccessLog(identity.require(), personId);
        return audit.accessLog(personId, Math.max(0, page), PageOf.clampSize(size)).items().stream()
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
        return teams.stream().map(t -> new TeamItem(t.id(), t.name(), t.organisationId())).toList();
    }
}
