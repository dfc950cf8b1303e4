package tandem.reporting.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.OrganisationView;
import tandem.people.PeopleApi;
import tandem.people.SiteView;
import tandem.people.TeamView;
import tandem.reporting.internal.DashboardQueries.Selection;
import tandem.shared.TandemClock;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.TypedId;

/**
 * Who a dashboard may cover: a programme lead the organisations of the programme, a service lead
 * their organisation, its sites and teams, anyone else who may view their own teams. Anything
 * outside that is not found, so that the answer does not say whether it exists.
 */
@Component
class DashboardScopes {

    private final PeopleApi people;
    private final TandemClock clock;

    DashboardScopes(PeopleApi people, TandemClock clock) {
        this.people = people;
        this.clock = clock;
    }

    /** The scope asked for (null ids: everything the user may see), or the refusal. */
    DashboardScope scope(CurrentUser user, UUID organisationId, UUID siteId, UUID teamId) {
        LocalDate today = clock.today();
        if (user.has(Role.PROGRAMME_LEAD)) {
            if (siteId != null || teamId != null) {
                throw new InvalidInputException(siteId != null ? "siteId" : "teamId",
                        "Programme dashboards compare organisations; sites and teams are chosen by each organisation's service lead.");
            }
            List<OrganisationView> orgs = programmeOrganisations(user);
            Map<UUID, String> names = new LinkedHashMap<>();
            orgs.forEach(o -> names.put(o.id().value(), o.name()));
            if (organisationId != null) {
                if (!names.containsKey(organisationId)) {
                    throw new NotFoundException("Organisation");
                }
                return new DashboardScope(Selection.organisations(List.of(organisationId), today), names.get(organisationId), null,
                        null, names);
            }
            String programme = orgs.isEmpty() ? "the programme" : orgs.get(0).programmeName();
            return new DashboardScope(Selection.organisations(List.copyOf(names.keySet()), today),
                    programme + " (" + orgs.size() + " organisations)", "organisation", null, names);
        }
        if (organisationId != null && !organisationId.equals(user.organisationId().value())) {
            throw new NotFoundException("Organisation");
        }
        UUID org = user.organisationId().value();
        List<TeamView> allowed = user.has(Role.SERVICE_LEAD) ? people.teams(OrganisationId.of(org)) : people.teamsOfStaff(user.staffId());
        Map<UUID, String> names = new LinkedHashMap<>();
        allowed.forEach(t -> names.put(t.id().value(), t.name()));
        if (teamId != null) {
            if (!names.containsKey(teamId)) {
                throw new NotFoundException("Team");
            }
            return new DashboardScope(Selection.teams(org, List.of(teamId), today), names.get(teamId) + " (caseload today)", null,
                    null, names);
        }
        if (siteId != null) {
            if (!user.has(Role.SERVICE_LEAD)) {
                throw new InvalidInputException("siteId", "Choose one of your teams instead of a site.");
            }
            SiteView site = people.sites(OrganisationId.of(org)).stream().filter(s -> s.id().value().equals(siteId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Site"));
            List<UUID> teams = allowed.stream().filter(t -> siteId.equals(TypedId.uuid(t.siteId()))).map(t -> t.id().value()).toList();
            Selection s = Selection.teams(org, teams, today);
            return new DashboardScope(s, site.name() + " (caseloads of its teams today)", "team", s, names);
        }
        if (user.has(Role.SERVICE_LEAD)) {
            String name = people.organisation(OrganisationId.of(org)).map(OrganisationView::name).orElse("The organisation");
            return new DashboardScope(Selection.organisations(List.of(org), today), name, "team",
                    Selection.teams(org, List.copyOf(names.keySet()), today), names);
        }
        Selection mine = Selection.teams(org, List.copyOf(names.keySet()), today);
        String label = names.isEmpty() ? "Your teams (you are not on a team)" : "Your teams' caseloads today: " + String.join(", ", names.values());
        return new DashboardScope(mine, label, names.size() > 1 ? "team" : null, names.size() > 1 ? mine : null, names);
    }

    /** The organisations of the programme lead's programme (only their own when it is in none). */
    List<OrganisationView> programmeOrganisations(CurrentUser user) {
        OrganisationView own = people.organisation(user.organisationId()).orElseThrow(() -> new NotFoundException("Organisation"));
        return own.programmeId() == null ? List.of(own) : people.organisationsInProgramme(own.programmeId());
    }
}
