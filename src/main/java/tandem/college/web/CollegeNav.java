package tandem.college.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import tandem.college.Students;
import tandem.college.EnrolmentStatus;
import tandem.identity.CurrentUser;
import tandem.identity.HomePanel;
import tandem.identity.HomePanelContributor;
import tandem.identity.NavContributor;
import tandem.identity.NavItem;
import tandem.identity.PublicPaths;
import tandem.identity.Role;

/** The prospectus for everyone (no sign-in), my courses (also on the home page), teaching registers and the college administration. */
@Component
class CollegeNav implements NavContributor, PublicPaths, HomePanelContributor {


    private final Students students;

    CollegeNav(Students students) {
        this.students = students;
    }

    @Override
    public List<HomePanel> panelsFor(CurrentUser user) {
        if (students.studentOf(user).isEmpty()) {
            return List.of();
        }
        List<HomePanel.Line> lines = new ArrayList<>();
        students.myLearning(user).enrolments().forEach(e -> lines.add(HomePanel.Line.link(e.courseTitle() + ": "
                + (e.status() == EnrolmentStatus.WAITLISTED ? "number " + e.position() + " on the waiting list" : "you have a place"),
                "/college/courses/" + e.courseId())));
        lines.add(HomePanel.Line.link("My courses and learning plan", "/college/me"));
        return List.of(new HomePanel("My courses", lines.size() > 1 ? "Your Recovery College courses." : "You have no courses yet.",
                lines, 40));
    }

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
