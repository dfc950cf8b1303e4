package tandem.college.web;

import java.util.HashMap;
import java.util.Map;

import tandem.college.Places;
import tandem.college.Students;

/**
 * The student's forms, bound with {@code @ModelAttribute}; each component is a field of the same name
 * in the template. Every field is the text as sent (a ticked box sends a value, an unticked one nothing);
 * the college's services check it and name what is wrong.
 */
final class StudentForms {

    private StudentForms() {
    }

    /** Self-referral without an account: what the student tells the college, and the username and password they choose. */
    record RegisterForm(String givenName, String familyName, String email, String phone, String contactBy, String accessNeeds,
            String usesServices, String supportsSomeone, String worksInServices, String username, String password) {

        Students.StudentForm student() {
            return StudentForms.student(givenName, familyName, email, phone, contactBy, accessNeeds, usesServices, supportsSomeone,
                    worksInServices);
        }

        /** The username as typed, without the spaces around it. */
        String trimmedUsername() {
            return username == null ? "" : username.trim();
        }
    }

    /** A signed-in user joining the college; {@code linkRecord} is "yes", "no" or nothing (not answered). */
    record JoinForm(String givenName, String familyName, String email, String phone, String contactBy, String accessNeeds,
            String usesServices, String supportsSomeone, String worksInServices, String linkRecord) {

        Students.StudentForm student() {
            return StudentForms.student(givenName, familyName, email, phone, contactBy, accessNeeds, usesServices, supportsSomeone,
                    worksInServices);
        }

        /** Nothing is assumed: linking needs a "yes", and null means no answer was given. */
        Boolean link() {
            return "yes".equals(linkRecord) ? Boolean.TRUE : "no".equals(linkRecord) ? Boolean.FALSE : null;
        }
    }

    /** The student's own learning goals. */
    record GoalsForm(String goals) {

        String text() {
            return goals == null ? "" : goals;
        }
    }

    /** Feedback on a course: three ratings from 1 to 5, whether they would recommend it, and a suggestion. */
    record FeedbackForm(String enjoyed, String useful, String respected, String recommend, String better) {

        static final FeedbackForm EMPTY = new FeedbackForm(null, null, null, null, null);

        Places.Feedback feedback() {
            return new Places.Feedback(enjoyed, useful, respected, recommend, better);
        }

        /** The answers by field name, for the page that shows them again. */
        Map<String, String> answers() {
            Map<String, String> m = new HashMap<>();
            m.put("enjoyed", enjoyed);
            m.put("useful", useful);
            m.put("respected", respected);
            m.put("recommend", recommend);
            m.put("better", better);
            return m;
        }
    }

    private static Students.StudentForm student(String givenName, String familyName, String email, String phone, String contactBy,
            String accessNeeds, String usesServices, String supportsSomeone, String worksInServices) {
        return new Students.StudentForm(nz(givenName), nz(familyName), nz(email), nz(phone), nz(contactBy), nz(accessNeeds),
                usesServices != null, supportsSomeone != null, worksInServices != null);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
