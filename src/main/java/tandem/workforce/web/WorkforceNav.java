package tandem.workforce.web;

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
import tandem.workforce.PeerWorkforce;

/** "My work" for staff, the workforce dashboard for the service lead, and training that expires soon. */
@Component
class WorkforceNav implements NavContributor, HomePanelContributor {

    private final PeerWorkforce peers;

    WorkforceNav(PeerWorkforce peers) {
        this.peers = peers;
    }

    @Override
    public List<NavItem> navFor(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        if (user.has(Role.SERVICE_LEAD)) {
            items.add(new NavItem("Workforce", "/workforce", 40));
        }
        if (user.staffId() != null) {
            items.add(new NavItem("My work", "/workforce/me", 85));
        }
        return items;
    }

    @Override
    public List<HomePanel> panelsFor(CurrentUser user) {
        if (user.staffId() == null) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        peers.expiringFor(user).forEach(t -> lines.add(Line.text(t.course() + ": "
                + (t.expiresOn().isBefore(java.time.LocalDate.now()) ? "expired on " : "expires on ") + t.expiresOn())));
        lines.add(Line.link("My training, supervision and lived experience", "/workforce/me"));
        return List.of(new HomePanel("My work", lines.size() > 1 ? "Some of your training needs renewing soon."
                : "Your training and supervision records.", lines, 60));
    }
}
