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
    private final tandem.measures.SafetyAlerts safety;

    MeasuresNav(MeasuresApi measures, tandem.measures.SafetyAlerts safety) {
        this.measures = measures;
        this.safety = safety;
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
            return safetyPanel(user);
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

    /** For a worker: safety answers from people on their caseloads, first on the page, until marked seen. */
    private List<HomePanel> safetyPanel(CurrentUser user) {
        var alerts = safety.openFor(user);
        if (alerts.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        for (var a : alerts) {
            lines.add(Line.link(a.personName() + ": a safety answer on " + a.instrument() + ", " + Words.dateTime(a.raisedAt()),
                    "/people/" + a.personId() + "/measures"));
        }
        return List.of(new HomePanel("Needs attention today", "A person gave an answer about thoughts of self-harm."
                + " Answers are not watched as they arrive: contact them today, then mark the alert seen on their questionnaires page.",
                lines, -100));
    }
}
