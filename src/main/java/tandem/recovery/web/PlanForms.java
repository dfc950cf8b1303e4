package tandem.recovery.web;

import java.util.List;

import tandem.recovery.PlanViews;

/**
 * The plan pages' forms (public for the templates), bound with {@code @ModelAttribute}; each component is a field of the same name
 * in the template. Every field is the text as typed, so a form shown again keeps what the person wrote;
 * the module's services check it and name what is wrong ({@link tandem.shared.web.Forms}).
 */
public final class PlanForms {

    private PlanForms() {
    }

    /** The person's values: what matters, the cards chosen, and their preferences. */
    public record ValuesForm(String version, String whatMatters, List<String> valueCards, String whatHelps, String whatDoesNotHelp,
            String treatment, String contact, String involve) {

        public ValuesForm {
            valueCards = valueCards == null ? List.of() : List.copyOf(valueCards);
        }

        public static ValuesForm empty() {
            return new ValuesForm("0", "", List.of(), "", "", "", "", "");
        }

        public static ValuesForm of(PlanViews.Values v) {
            return new ValuesForm(String.valueOf(v.version()), v.whatMatters(), v.valueCards(), v.whatHelps(), v.whatDoesNotHelp(),
                    v.treatment(), v.contact(), v.involve());
        }
    }

    /** A worker's note beside the person's values or strengths ({@code section} is VALUES or STRENGTHS). */
    public record HeardForm(String section, String heard) {
    }

    /** A step towards a goal; {@code suggestion} when it takes up a worker's suggested step. */
    public record StepForm(String what, String who, String dueOn, String suggestion) {

        public static StepForm empty() {
            return new StepForm("", "", "", null);
        }
    }

    /** A rating of where a goal stands, from -2 to +2, with a note. */
    public record ReviewForm(String level, String note) {
    }

    /** A worker's suggestion of a goal, or of a step when {@code goalId} names the goal. */
    public record SuggestionForm(String goalId, String text) {
    }

    /** A peer worker's note of a coaching session. */
    public record SessionForm(String heldOn, String style, String notes, List<String> goals) {

        public SessionForm {
            goals = goals == null ? List.of() : List.copyOf(goals);
        }
    }

    /** The person's reflection beside a session note. */
    public record ReflectionForm(String reflection) {
    }

    /** A positive risk-taking plan, or a new version of one ({@code version} is the version opened). */
    public record RiskPlanForm(String version, String goal, String risks, String smaller, String whoDoesWhat, String reviewOn) {

        public static RiskPlanForm reviewOn(String date) {
            return new RiskPlanForm("0", "", "", "", "", date);
        }

        public static RiskPlanForm of(PlanViews.RiskVersion v) {
            return new RiskPlanForm(String.valueOf(v.version()), v.goal(), v.risks(), v.smaller(), v.whoDoesWhat(),
                    v.reviewOn().toString());
        }
    }

    /** A day in the person's journal: which of the five ways, and a few words. */
    public record JournalEntryForm(String on, String way, String note) {
    }

    /** A version number as sent back by a form: 0 when absent, -1 when it is not a number (a stale form). */
    static int version(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** An id sent back by a form: null when absent, the nil UUID (which names nothing) when malformed. */
    static java.util.UUID id(String s) {
        try {
            return s == null || s.isBlank() ? null : java.util.UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return new java.util.UUID(0, 0);
        }
    }
}
