package tandem.people.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tandem.audit.AuditLog;
import tandem.consent.AccessDecisions;
import tandem.consent.BreakGlassGrant;
import tandem.identity.CurrentUser;
import tandem.identity.HomePanel;
import tandem.identity.HomePanel.Line;
import tandem.identity.HomePanelContributor;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;
import tandem.identity.Role;
import tandem.people.Directory;
import tandem.people.PeopleApi;
import tandem.people.PersonListItem;
import tandem.people.TeamView;
import tandem.shared.TandemClock;

/** The people module's links and home panels, per role. */
@Component
class PeopleNav implements NavContributor, HomePanelContributor {

    private final PeopleApi people;
    private final Directory visible;
    private final AccessDecisions access;
    private final AuditLog audit;
    private final TandemClock clock;

    PeopleNav(PeopleApi people, Directory visible, AccessDecisions access, AuditLog audit, TandemClock clock) {
        this.people = people;
        this.visible = visible;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public List<NavItem> navFor(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        if (user.personId() != null) {
            items.add(new NavItem("My record", "/me", 10));
            items.add(new NavItem("Who has looked", "/me/access-log", 90));
        }
        if (user.hasCareRole()) {
            items.add(new NavItem("People", "/people", 20));
        }
        if (user.has(Role.SUPPORTER)) {
            items.add(new NavItem("People I support", "/supporting", 20));
        }
        if (user.has(Role.ADMIN)) {
            items.add(new NavItem("Administration", "/admin", 80));
        }
        return items;
    }

    @Override
    public List<HomePanel> panelsFor(CurrentUser user) {
        List<HomePanel> panels = new ArrayList<>();
        if (user.personId() != null) {
            List<Line> lines = new ArrayList<>();
            lines.add(Line.link("My record and who I share it with", "/me"));
            lines.add(Line.link("Who has looked at my record", "/me/access-log"));
            var emergencies = access.breakGlassFor(user.personId()).stream()
                    .filter(g -> g.startedAt().isAfter(clock.now().minus(Duration.ofDays(30)))).toList();
            for (BreakGlassGrant g : emergencies) {
                lines.add(Line.text(g.username() + " opened your record in an emergency on " + Dates.show(g.startedAt())
                        + ". Their reason: " + g.reason()));
            }
            long looks = audit.accessLog(user.personId(), 0, 1).total();
            panels.add(new HomePanel("Your record", looks == 0 ? "Nobody else has opened your record yet."
                    : "People in your care team have opened or changed your record " + looks + " times. You can see every one.",
                    lines, 10));
        }
        if (user.isStaff() && user.hasCareRole()) {
            var list = visible.visibleTo(user, null, 0, 8);
            List<Line> lines = new ArrayList<>();
            for (PersonListItem p : list.items()) {
                lines.add(Line.link(p.displayName(), "/people/" + p.id()));
            }
            if (list.total() > list.items().size()) {
                lines.add(Line.link("All " + list.total() + " people", "/people"));
            }
            List<String> teams = people.teamsOfStaff(user.staffId()).stream().map(TeamView::name).toList();
            panels.add(new HomePanel("People you work with", list.total() + " people on the caseloads of "
                    + (teams.isEmpty() ? "no team" : String.join(", ", teams)) + ".", lines, 10));
        }
        if (user.has(Role.SUPPORTER)) {
            List<Line> lines = people.listItems(people.linksOfSupporter(user.accountId()).stream()
                    .map(tandem.people.SupporterLinkView::personId).toList()).stream()
                    .map(p -> Line.link(p.displayName(), "/supporting/" + p.id())).toList();
            panels.add(new HomePanel("People who share with you", lines.isEmpty()
                    ? "Nobody shares anything with you at the moment." : null, lines, 10));
        }
        if (user.has(Role.SERVICE_LEAD)) {
            var grants = access.breakGlassInOrganisation(user.organisationId(), clock.now().minus(Duration.ofDays(30)));
            List<Line> lines = new ArrayList<>();
            for (BreakGlassGrant g : grants) {
                lines.add(Line.link(g.username() + ", " + Dates.show(g.startedAt()) + ": " + g.reason(),
                        "/people/" + g.personId() + "/access-log"));
            }
            panels.add(new HomePanel("Emergency access in the last 30 days", grants.isEmpty()
                    ? "Nobody has used emergency access in the last 30 days."
                    : grants.size() + " times. Each line opens that person's access log.", lines, 20));
        }
        if (user.has(Role.ADMIN)) {
            panels.add(new HomePanel("Administration", null, List.of(Line.link("People", "/admin/people"),
                    Line.link("Staff", "/admin/staff"), Line.link("Sites and teams", "/admin/organisation"),
                    Line.link("Import from a CSV file", "/admin/import"), Line.link("Check the audit trail", "/admin/audit")),
                    30));
        }
        return panels;
    }
}
