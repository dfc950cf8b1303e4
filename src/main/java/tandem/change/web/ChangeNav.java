package tandem.change.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tandem.identity.CurrentUser;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;
import tandem.identity.Role;

/** Links to the change pages for the service lead, the programme lead and the college manager. */
@Component
class ChangeNav implements NavContributor {

    @Override
    public List<NavItem> navFor(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        if (user.has(Role.SERVICE_LEAD)) {
            items.add(new NavItem("Ten challenges", "/change", 35));
        }
        if (user.has(Role.PROGRAMME_LEAD)) {
            items.add(new NavItem("Programme", "/change/programme", 36));
        }
        if (user.has(Role.COLLEGE_ADMIN)) {
            items.add(new NavItem("College fidelity", "/change/fidelity", 37));
        }
        return items;
    }
}
