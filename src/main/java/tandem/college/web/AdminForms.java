package tandem.college.web;

/**
 * The college administrator's small forms, bound with {@code @ModelAttribute}; each component is a
 * field of the same name in the template (public for the precompiled templates). Every field is the
 * text as typed; the college's services check it and name what is wrong.
 */
public final class AdminForms {

    private AdminForms() {
    }

    /** A new term: its name, first and last day, and when enrolment opens (UK time). */
    public record TermForm(String name, String startsOn, String endsOn, String opensOn, String opensAt) {

        public static TermForm empty() {
            return new TermForm("", "", "", "", "");
        }
    }

    /** A session of a course: the day and its UK start and end times. */
    public record SessionForm(String date, String start, String end) {

        public static SessionForm empty() {
            return new SessionForm("", "", "");
        }
    }

    /** A trainer on a course: who, as which kind (peer or practitioner), and whether they have confirmed. */
    public record TrainerForm(String staffId, String kind, String confirmed) {
    }

    /** A student's personal tutor (empty for none). */
    public record TutorForm(String tutorId) {
    }

    /** A review note on a student's record. */
    public record NoteForm(String note) {
    }
}
