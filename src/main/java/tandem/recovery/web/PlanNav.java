package tandem.recovery.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tandem.identity.CurrentUser;
import tandem.identity.HomePanel;
import tandem.identity.HomePanel.Line;
import tandem.identity.HomePanelContributor;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.people.Share;

/** "My plan" for people, team participation for workers and leads, shared crisis plans for supporters. */
@Component
class PlanNav implements NavContributor, HomePanelContributor {

    private final PeopleApi people;

    PlanNav(PeopleApi people) {
        this.people = people;
    }

    @Override
    public List<NavItem> navFor(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        if (user.personId() != null) {
            items.add(new NavItem("My plan", "/me/plan", 12));
        }
        if (user.hasCareRole() || user.has(Role.SERVICE_LEAD)) {
            items.add(new NavItem("Plans by team", "/plan/participation", 30));
        }
        return items;
    }

    @Override
    public List<HomePanel> panelsFor(CurrentUser user) {
        List<HomePanel> panels = new ArrayList<>();
        if (user.personId() != null) {
            panels.add(new HomePanel("My recovery plan", "What matters to you, your strengths and your goals, in your own words.",
                    List.of(Line.link("Open my plan", "/me/plan"), Line.link("Set a goal", "/me/plan/goals/new"),
                            Line.link("My wellness and crisis plan", "/me/plan/crisis"),
                            Line.link("Five ways to wellbeing journal", "/me/plan/journal")), 3));
        }
        if (user.has(Role.SUPPORTER)) {
            List<Line> lines = new ArrayList<>();
            people.linksOfSupporter(user.accountId()).stream().filter(l -> l.shares().contains(Share.CRISIS_PLAN))
                    .forEach(l -> lines.add(Line.link(people.person(l.personId()).map(p -> p.displayName()).orElse("")
                            + ": wellness and crisis plan", "/supporting/" + l.personId() + "/crisis-plan")));
            if (!lines.isEmpty()) {
                panels.add(new HomePanel("Plans shared with you", "People you support chose to share these with you.", lines, 4));
            }
        }
        return panels;
    }
}
