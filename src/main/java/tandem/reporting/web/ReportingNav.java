package tandem.reporting.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tandem.identity.CurrentUser;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;
import tandem.identity.Role;
import tandem.reporting.OutcomeDashboards;

/** Outcomes for practitioners and leads; Research for researchers. */
@Component
class ReportingNav implements NavContributor {

    @Override
    public List<NavItem> navFor(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        if (OutcomeDashboards.mayView(user)) {
            items.add(new NavItem("Outcomes", "/dashboard", 33));
        }
        if (user.has(Role.RESEARCHER)) {
            items.add(new NavItem("Research", "/research", 38));
        }
        return items;
    }
}
