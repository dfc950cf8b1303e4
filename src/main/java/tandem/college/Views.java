package tandem.college;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** The college's records as pages and the API see them. */
public final class Views {

    private Views() {
    }

    public record Term(TermId id, String name, LocalDate startsOn, LocalDate endsOn, Instant enrolmentOpensAt) {
    }

    public record Facilitator(StaffId staffId, String name, String kind, boolean confirmed) {

        public String kindLabel() {
            return "PEER".equals(kind) ? "Peer trainer (lived experience)" : "Practitioner trainer";
        }
    }

    public record Session(UUID id, Instant startsAt, Instant endsAt) {
    }

    public record Course(CourseId id, OrganisationId organisationId, Term term, String title, String description, String outcomes,
            List<String> chime, List<String> topics, String level, String location, String onlineLink, String accessibility,
            int capacity, int enrolled, int waitlisted, CourseStatus status, String coDesignedBy, int completionNumerator,
            int completionDenominator, long version, List<Facilitator> facilitators, List<Session> sessions) {

        public boolean online() {
            return onlineLink != null && !onlineLink.isBlank();
        }

        public int placesLeft() {
            return Math.max(0, capacity - enrolled);
        }

        public String levelLabel() {
            return switch (level) {
                case "INTRODUCTORY" -> "Introductory";
                case "INTERMEDIATE" -> "Intermediate";
                default -> "Progressive";
            };
        }
    }

    public record Student(StudentId id, OrganisationId organisationId, AccountId accountId, PersonId personId, String givenName,
            String familyName, String email, String phone, String contactBy, String accessNeeds, boolean usesServices, boolean supportsSomeone,
            boolean worksInServices, String learningGoals, StaffId tutorStaffId) {

        public String name() {
            return givenName + " " + familyName;
        }

        /** How they like to be contacted, in words (with the address where there is one). */
        public String contactLabel() {
            return switch (contactBy) {
                case "EMAIL" -> "By e-mail" + (email == null ? "" : ": " + email);
                case "PHONE" -> "By phone" + (phone == null ? "" : ": " + phone);
                case "POST" -> "By post, through the college office";
                default -> "Not to be contacted";
            };
        }

        /** The groups they said they belong to, in words. */
        public String groups() {
            List<String> g = new java.util.ArrayList<>();
            if (usesServices) {
                g.add("uses services");
            }
            if (supportsSomeone) {
                g.add("supports someone");
            }
            if (worksInServices) {
                g.add("works in services");
            }
            return g.isEmpty() ? "did not say" : String.join(", ", g);
        }
    }

    /** One of a student's places or waitlist entries, with attendance so far. */
    public record Enrolment(EnrolmentId id, CourseId courseId, String courseTitle, String termName, EnrolmentStatus status, Integer position,
            int sessions, int present, boolean completed, boolean feedbackGiven, Instant firstSession) {
    }

    public record PlanNote(String note, String writtenBy, Instant writtenAt) {
    }

    public record Notification(String subject, String body, Instant createdAt, String outcome) {
    }

    /** An enrolled student on a session's register. */
    public record RegisterLine(EnrolmentId enrolmentId, String studentName, String mark, String accessNeeds) {
    }
}
