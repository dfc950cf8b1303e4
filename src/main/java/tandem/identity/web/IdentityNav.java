package tandem.identity.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tandem.identity.CurrentUser;
import tandem.identity.HomePanel;
import tandem.identity.HomePanelContributor;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;
import tandem.identity.Role;

@Component
class IdentityNav implements NavContributor, HomePanelContributor {

    @Override
    public List<NavItem> navFor(CurrentUser user) {
        return List.of(new NavItem("Home", "/", 0));
    }

    @Override
    public List<HomePanel> panelsFor(CurrentUser user) {
        List<HomePanel.Line> lines = new ArrayList<>();
        lines.add(HomePanel.Line.text("You are signed in as " + user.username() + "."));
        lines.add(HomePanel.Line.text("Your roles: " + String.join(", ",
                user.roles().stream().sorted().map(Role::label).toList()) + "."));
        lines.add(HomePanel.Line.link("Your signed-in devices", "/account/sessions"));
        if (user.isStaff()) {
            lines.add(HomePanel.Line.link("Set up or change your sign-in code app", "/account/second-factor"));
        }
        if (user.has(Role.ADMIN)) {
            lines.add(HomePanel.Line.link("Single sign-on, and staff whose sign-in has not been used lately", "/admin/sso"));
        }
        return List.of(new HomePanel("Your account", null, lines, 900));
    }
}
