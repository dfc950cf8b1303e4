package tandem.college.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tandem.identity.CurrentUser;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;
import tandem.identity.PublicPaths;
import tandem.identity.Role;

/** The prospectus for everyone (no sign-in), my courses, teaching registers and the college administration. */
@Component
class CollegeNav implements NavContributor, PublicPaths {

    @Override
    public List<String> patterns() {
        return List.of("/college", "/college/courses/*", "/college/courses/*/sessions.ics", "/college/register", "/api/v1/college/courses");
    }

    @Override
    public List<NavItem> navFor(CurrentUser user) {
        List<NavItem> items = new ArrayList<>();
        items.add(new NavItem("Recovery College", "/college", 50));
        if (!user.has(Role.COLLEGE_ADMIN)) {
            items.add(new NavItem("My courses", "/college/me", 51));
        }
        if (user.has(Role.TUTOR) || user.has(Role.COLLEGE_ADMIN)) {
            items.add(new NavItem("Registers", "/college/teaching", 52));
        }
        if (user.has(Role.COLLEGE_ADMIN)) {
            items.add(new NavItem("College admin", "/college/admin", 53));
        }
        return items;
    }
}
