package tandem.measures.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tandem.identity.CurrentUser;
import tandem.identity.HomePanel;
import tandem.identity.HomePanel.Line;
import tandem.identity.HomePanelContributor;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;
import tandem.measures.MeasuresApi;

/** "My check-ins" for people, with their latest check-in on the home page. */
@Component
class MeasuresNav implements NavContributor, HomePanelContributor {

    private final MeasuresApi measures;

    MeasuresNav(MeasuresApi measures) {
        this.measures = measures;
    }

    @Override
    public List<NavItem> navFor(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        if (user.personId() != null) {
            items.add(new NavItem("My check-ins", "/me/measures", 15));
        }
        if (user.hasCareRole()) {
            items.add(new NavItem("Due questionnaires", "/measures/due", 25));
        }
        return items;
    }

    @Override
    public List<HomePanel> panelsFor(CurrentUser user) {
        if (user.personId() == null) {
            return List.of();
        }
        var latest = measures.ownLatest(user, "CHIME_CHECKIN");
        List<Line> lines = new ArrayList<>();
        lines.add(Line.link("Fill in a CHIME check-in", "/me/measures/CHIME_CHECKIN/new"));
        if (!latest.isEmpty()) {
            lines.add(Line.link("See how your check-ins have changed", "/me/measures/CHIME_CHECKIN"));
        }
        lines.add(Line.link("All my check-ins and questionnaires", "/me/measures"));
        String description = latest.isEmpty() ? "Five quick questions about connection, hope, identity, meaning and control."
                : "Your last check-in was on " + Words.date(latest.get(0).authored()) + ".";
        return List.of(new HomePanel("Check-ins", description, lines, 5));
    }
}
