package tandem.community.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tandem.community.Stories;
import tandem.identity.CurrentUser;
import tandem.identity.HomePanel;
import tandem.identity.HomePanel.Line;
import tandem.identity.HomePanelContributor;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;
import tandem.identity.PublicPaths;
import tandem.identity.Role;

/** Community links for everyone signed in, the moderation queue for peer moderators, and the public pages. */
@Component
class CommunityNav implements NavContributor, HomePanelContributor, PublicPaths {

    @Override
    public List<String> patterns() {
        return List.of("/groups", "/groups/*", "/stories", "/stories/*", "/resources", "/resources/*", "/house-rules",
                "/api/v1/resources", "/api/v1/stories", "/api/v1/stories/*", "/api/v1/groups");
    }

    @Override
    public List<NavItem> navFor(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("Stories", "/stories", 60));
        items.add(new NavItem("Groups", "/groups", 61));
        items.add(new NavItem("Resources", "/resources", 62));
        if (Stories.isModerator(user)) {
            items.add(new NavItem("Moderation", "/moderation", 63));
        }
        return items;
    }

    @Override
    public List<HomePanel> panelsFor(CurrentUser user) {
        List<Line> lines = new ArrayList<>();
        lines.add(Line.link("Read recovery stories", "/stories"));
        lines.add(Line.link("Write your own story", "/me/stories/new"));
        lines.add(Line.link("Your stories" + (user.personId() != null ? " and stories you saved" : ""), "/me/stories"));
        lines.add(Line.link("Find a peer-led group", "/groups"));
        if (Stories.isModerator(user)) {
            lines.add(Line.link("Stories waiting for a moderator", "/moderation"));
        }
        if (user.has(Role.ADMIN)) {
            lines.add(Line.link("Manage groups", "/admin/groups"));
        }
        return List.of(new HomePanel("Community", "Stories of recovery, in people's own words, and groups run by peers.",
                lines, 40));
    }
}
