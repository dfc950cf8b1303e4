package tandem.change.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import tandem.change.Assessments.RatingIn;
import tandem.change.CollegeFidelity;

/**
 * The forms of the change pages, as records bound with Bean Validation (the messages are in
 * messages/change.properties); the change module checks the rest. Their components are the names of
 * the fields on the pages. Public only so that the templates can read them back.
 */
public final class ChangeForms {

    private ChangeForms() {
    }

    /** A number as typed: null when empty, -1 when it is not a whole number (the module then says what is wrong). */
    static Integer number(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * A self-assessment: the scope as {@code SCOPE:id}, the date, who took part, and for each of the ten
     * challenges its stage (empty when not rated this time), evidence and links. The files come with the
     * multipart request.
     */
    public record AssessmentForm(String scope, String assessedOn,
            @Pattern(regexp = "\\s*[0-9]*\\s*", message = "{change.assessment.participants.number}") String participants,
            @Pattern(regexp = "\\s*[0-9]*\\s*", message = "{change.assessment.livedExperience.number}") String livedExperience,
            String stage1, String stage2, String stage3, String stage4, String stage5, String stage6, String stage7, String stage8, String stage9, String stage10,
            String evidence1, String evidence2, String evidence3, String evidence4, String evidence5, String evidence6, String evidence7, String evidence8, String evidence9, String evidence10,
            String links1, String links2, String links3, String links4, String links5, String links6, String links7, String links8, String links9, String links10) {

        /** The form as it opens: rating the whole organisation ({@code scope} as in {@code Assessments.ScopeOption}). */
        static AssessmentForm opening(String scope) {
            return new AssessmentForm(scope, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        }

        public String stage(int challenge) {
            return switch (challenge) {
                case 1 -> stage1;
                case 2 -> stage2;
                case 3 -> stage3;
                case 4 -> stage4;
                case 5 -> stage5;
                case 6 -> stage6;
                case 7 -> stage7;
                case 8 -> stage8;
                case 9 -> stage9;
                case 10 -> stage10;
                default -> null;
            };
        }

        public String evidence(int challenge) {
            return switch (challenge) {
                case 1 -> evidence1;
                case 2 -> evidence2;
                case 3 -> evidence3;
                case 4 -> evidence4;
                case 5 -> evidence5;
                case 6 -> evidence6;
                case 7 -> evidence7;
                case 8 -> evidence8;
                case 9 -> evidence9;
                case 10 -> evidence10;
                default -> null;
            };
        }

        public String links(int challenge) {
            return switch (challenge) {
                case 1 -> links1;
                case 2 -> links2;
                case 3 -> links3;
                case 4 -> links4;
                case 5 -> links5;
                case 6 -> links6;
                case 7 -> links7;
                case 8 -> links8;
                case 9 -> links9;
                case 10 -> links10;
                default -> null;
            };
        }

        /** The part of {@code scope} before the colon: ORGANISATION, SITE or TEAM. */
        String scopeName() {
            return scope == null ? "" : scope.split(":", 2)[0];
        }

        /** The part of {@code scope} after the colon: the id, or null. */
        String scopeId() {
            String[] parts = (scope == null ? "" : scope).split(":", 2);
            return parts.length > 1 ? parts[1] : null;
        }

        /** The challenges given a stage, with their evidence and links. */
        List<RatingIn> ratings() {
            List<RatingIn> ratings = new ArrayList<>();
            for (int c = 1; c <= 10; c++) {
                if (stage(c) != null && !stage(c).isBlank()) {
                    ratings.add(new RatingIn(c, stage(c), evidence(c), links(c)));
                }
            }
            return ratings;
        }
    }

    /** A team's plan: the version it was opened at, the resources, three priorities and what the team will do, the review date. */
    public record TripForm(String version,
            @NotBlank(message = "{change.trip.resources.required}") @Size(max = 4000, message = "{change.trip.resources.long}") String resources,
            String priority1, String priority2, String priority3,
            @Size(max = 1000, message = "{change.trip.text.long}") String text1,
            @Size(max = 1000, message = "{change.trip.text.long}") String text2,
            @Size(max = 1000, message = "{change.trip.text.long}") String text3,
            @NotBlank(message = "{change.trip.reviewOn.required}") String reviewOn) {

        static final TripForm EMPTY = new TripForm(null, null, null, null, null, null, null, null, null);

        public String priority(int i) {
            return switch (i) {
                case 1 -> priority1;
                case 2 -> priority2;
                case 3 -> priority3;
                default -> null;
            };
        }

        public String text(int i) {
            return switch (i) {
                case 1 -> text1;
                case 2 -> text2;
                case 3 -> text3;
                default -> null;
            };
        }

        /** The version the writer opened (0 for none yet, -1 when the page sent something else). */
        int openedVersion() {
            Integer n = number(version);
            return n == null ? 0 : n;
        }

        List<String> challenges() {
            return java.util.Arrays.asList(nz(priority1), nz(priority2), nz(priority3));
        }

        List<String> texts() {
            return java.util.Arrays.asList(text1, text2, text3);
        }

        private static String nz(String s) {
            return s == null ? "" : s;
        }
    }

    /** A new action learning cycle: the challenge's number and what it is about. */
    public record CycleForm(@NotBlank(message = "{change.cycle.challenge.required}") String challenge,
            @NotBlank(message = "{change.cycle.title.required}") @Size(max = 200, message = "{change.cycle.title.long}") String title) {

        static final CycleForm EMPTY = new CycleForm(null, null);
    }

    /** The next step of a cycle: its number, what was agreed or done, and when. */
    public record StepForm(String step,
            @NotBlank(message = "{change.step.text.required}") @Size(max = 4000, message = "{change.step.text.long}") String text,
            @NotBlank(message = "{change.step.doneOn.required}") String doneOn) {

        static final StepForm EMPTY = new StepForm(null, null, null);
    }

    /** How many Recovery Colleges the organisation runs and plans. */
    public record CollegesForm(
            @NotBlank(message = "{change.colleges.number}") @Pattern(regexp = "\\s*[0-9]+\\s*", message = "{change.colleges.number}") String collegesOpen,
            @NotBlank(message = "{change.colleges.number}") @Pattern(regexp = "\\s*[0-9]+\\s*", message = "{change.colleges.number}") String collegesPlanned) {
    }

    /** A term's fidelity ratings: the term and each of the twelve components, keyed as in {@link CollegeFidelity#COMPONENTS}. */
    public record FidelityForm(@NotBlank(message = "{change.fidelity.term.required}") @Size(max = 60, message = "{change.fidelity.term.long}") String term,
            String equality, String learning, String tailored, String coproduction, String connectedness, String community,
            String recovery, String available, String location, String distinctive, String strengths, String progressive) {

        static final FidelityForm EMPTY = new FidelityForm(null, null, null, null, null, null, null, null, null, null, null, null, null);

        /** The rating given to a component, by its key. */
        public String rating(String key) {
            return switch (key) {
                case "equality" -> equality;
                case "learning" -> learning;
                case "tailored" -> tailored;
                case "coproduction" -> coproduction;
                case "connectedness" -> connectedness;
                case "community" -> community;
                case "recovery" -> recovery;
                case "available" -> available;
                case "location" -> location;
                case "distinctive" -> distinctive;
                case "strengths" -> strengths;
                case "progressive" -> progressive;
                default -> null;
            };
        }

        /** Every component's rating by its key, in the order of {@link CollegeFidelity#COMPONENTS}. */
        Map<String, String> ratings() {
            Map<String, String> ratings = new LinkedHashMap<>();
            CollegeFidelity.COMPONENTS.forEach(c -> ratings.put(c.key(), rating(c.key())));
            return ratings;
        }
    }
}
