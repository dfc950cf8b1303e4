package tandem.college.internal;

import java.util.List;
import java.util.UUID;

import tandem.college.Views;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.RuleRefusedException;

/** Who may do what in the college, and small text helpers, shared by the college's services. */
final class CollegeAccess {

    private CollegeAccess() {
    }

    static boolean isAdminOf(CurrentUser user, Views.Course c) {
        return user.has(Role.COLLEGE_ADMIN) && c.organisationId().equals(user.organisationId());
    }

    static boolean isTrainerOf(CurrentUser user, Views.Course c) {
        return user.staffId() != null && c.facilitators().stream().anyMatch(f -> f.confirmed() && f.staffId().equals(user.staffId()));
    }

    static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.COLLEGE_ADMIN)) {
            throw new ForbiddenException("This is for the college administrator.");
        }
    }

    static boolean coProduced(List<Views.Facilitator> facilitators) {
        return facilitators.stream().anyMatch(f -> f.confirmed() && "PEER".equals(f.kind()))
                && facilitators.stream().anyMatch(f -> f.confirmed() && "PRACTITIONER".equals(f.kind()));
    }

    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "Choose from the list.");
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static Views.Student requireStudent(StudentStore studentStore, CurrentUser user) {
        return studentStore.studentByAccount(user.accountId().value()).orElseThrow(() -> new RuleRefusedException("student",
                "Join the college as a student first: it takes a minute, at /college/join."));
    }
}
