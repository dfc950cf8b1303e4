package tandem.college;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.people.StaffView;
import tandem.shared.ids.StaffId;

/**
 * The college administrator's terms and courses: a course is published only with a confirmed peer
 * trainer and a confirmed practitioner trainer and at least one session; a published course keeps both.
 */
public interface CourseAdministration {

    List<String> TOPICS = List.of("Understanding recovery", "Living well", "Mental health and wellbeing",
            "Peer support and lived experience", "Life skills and work", "Creativity and expression", "For families and friends");

    List<String> LEVELS = List.of("INTRODUCTORY", "INTERMEDIATE", "PROGRESSIVE");

    /** A course as typed into the administrator's form (all text, checked by {@link #saveCourse}). */
    record CourseForm(String termId, String title, String description, String outcomes, List<String> chime, List<String> topics,
            String level, String location, String onlineLink, String accessibility, String capacity, String coDesignedBy,
            String completion, String version) {

        public static CourseForm of(Views.Course c) {
            return new CourseForm(c.term().id().toString(), c.title(), c.description(), c.outcomes(), c.chime(), c.topics(), c.level(),
                    Objects.toString(c.location(), ""), Objects.toString(c.onlineLink(), ""), c.accessibility(), Integer.toString(c.capacity()), c.coDesignedBy(),
                    c.completionNumerator() + "/" + c.completionDenominator(), Long.toString(c.version()));
        }

        public static CourseForm empty() {
            return new CourseForm("", "", "", "", List.of(), List.of(), "INTRODUCTORY", "", "", "", "12", "", "2/3", "0");
        }
    }

    /** End-of-course feedback on a course: averages and suggestions only from 5 answers up (it is anonymous). */
    record FeedbackSummary(int responses, Double enjoyed, Double useful, Double respected, int recommend, List<String> better) {
    }

    List<Views.Course> allCourses(CurrentUser admin, String term);

    List<Views.Term> termsOf(CurrentUser admin);

    TermId addTerm(CurrentUser admin, String name, String startsOn, String endsOn, String opensOn, String opensAt);

    CourseId saveCourse(CurrentUser admin, CourseId id, CourseForm f);

    /** A course of the administrator's own organisation, draft or published (404 otherwise). */
    Views.Course adminView(CurrentUser admin, CourseId courseId);

    void addSession(CurrentUser admin, CourseId courseId, String date, String start, String end);

    /**
     * Removes a session that has not started. One that has started, or has marks on its register,
     * stays: attendance decides completion and certificates. A published course keeps at least one.
     */
    void removeSession(CurrentUser admin, CourseId courseId, UUID sessionId);

    void setFacilitator(CurrentUser admin, CourseId courseId, String staffId, String kind, boolean confirmed);

    void removeFacilitator(CurrentUser admin, CourseId courseId, StaffId staffId);

    /** Publishing needs co-production: a confirmed peer trainer and a confirmed practitioner trainer; and at least one session. */
    void publish(CurrentUser admin, CourseId courseId);

    List<StaffView> possibleTrainers(CurrentUser admin);

    FeedbackSummary feedback(CurrentUser admin, CourseId courseId);
}
