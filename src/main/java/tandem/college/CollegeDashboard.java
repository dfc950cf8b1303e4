package tandem.college;

import java.util.List;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.shared.ids.StaffId;

/** The college dashboard (the mix of students, places and attendance per course) and the contract's course list. */
public interface CollegeDashboard {

    /** The students of a term: all of them, and how many said they use services, support someone, work in services, or none of these. */
    record StudentMix(int students, int usingServices, int supporters, int staff, int noneSaid) {
    }

    record CourseLine(CourseId id, String title, CourseStatus status, int capacity, int enrolled, int waitlisted, int withdrawn, int sessions,
            int marks, int present, int completed) {

        public Integer attendancePercent() {
            return marks == 0 ? null : Math.round(present * 100f / marks);
        }
    }

    record Dashboard(Views.Term term, int students, int usingServices, int supporters, int staff, int noneSaid,
            List<CourseLine> courses) {

        public int enrolled() {
            return courses.stream().mapToInt(CourseLine::enrolled).sum();
        }

        public int waitlisted() {
            return courses.stream().mapToInt(CourseLine::waitlisted).sum();
        }

        public int completed() {
            return courses.stream().mapToInt(CourseLine::completed).sum();
        }

        public Integer attendancePercent() {
            int marks = courses.stream().mapToInt(CourseLine::marks).sum();
            return marks == 0 ? null : Math.round(courses.stream().mapToInt(CourseLine::present).sum() * 100f / marks);
        }
    }

    record ApiCourse(CourseId id, String title, int capacity, int enrolled, int waitlisted, List<ApiFacilitator> facilitators) {
    }

    record ApiFacilitator(StaffId staffId, String kind) {
    }

    Dashboard dashboard(CurrentUser admin, String termId);

    String dashboardCsv(Dashboard d);

    List<ApiCourse> apiCourses(String term);
}
