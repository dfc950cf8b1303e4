package tandem.workforce.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

/**
 * The forms of the workforce pages, as records bound with Bean Validation (the messages are in
 * messages/workforce.properties, worded as the module words the same refusal); the workforce module
 * checks the rest. Their components are the names of the fields on the pages. Public only so that
 * the templates can read them back.
 */
public final class WorkforceForms {

    private WorkforceForms() {
    }

    /**
     * A staff member's own lived-experience answer, "yes" or "no" for each question. Nothing is checked
     * here: whether the second answer is needed depends on the first, and the module says so.
     */
    public record LivedExperienceForm(String hasLivedExperience, String usesItOpenly) {

        /** The first answer; null when it is neither yes nor no. */
        Boolean has() {
            return yesNo(hasLivedExperience);
        }

        /** The second answer; "no" when left out by someone without lived experience, who cannot use it openly. */
        Boolean openly() {
            boolean notAsked = "no".equals(hasLivedExperience) && (usesItOpenly == null || usesItOpenly.isEmpty());
            return notAsked ? Boolean.FALSE : yesNo(usesItOpenly);
        }

        private static Boolean yesNo(String s) {
            return "yes".equals(s) ? Boolean.TRUE : "no".equals(s) ? Boolean.FALSE : null;
        }
    }

    /** A staff member's peer roles, as the names of {@code PeerRole}s ticked; none ticked is none. */
    public record RolesForm(List<String> roles) {
    }

    /** A supervision session: the supervisor's staff id, the date, what was talked about and the next date (optional). */
    public record SupervisionForm(@NotBlank(message = "{workforce.supervision.supervisorId.required}") String supervisorId,
            @NotBlank(message = "{workforce.supervision.heldOn.required}") String heldOn,
            @NotBlank(message = "{workforce.supervision.notes.required}") String notes, String nextOn) {

        static final SupervisionForm EMPTY = new SupervisionForm(null, null, null, null);
    }

    /** A completed training course: its name, whether it was co-produced ("true" when ticked), and the dates. */
    public record TrainingForm(@NotBlank(message = "{workforce.training.course.required}") String course, String coProduced,
            @NotBlank(message = "{workforce.training.completedOn.required}") String completedOn, String expiresOn) {

        static final TrainingForm EMPTY = new TrainingForm(null, null, null, null);

        boolean coProducedTicked() {
            return "true".equals(coProduced);
        }
    }
}
