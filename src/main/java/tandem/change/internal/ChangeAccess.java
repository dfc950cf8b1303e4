package tandem.change.internal;

import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.error.NotFoundException;

/** Who may open the change pages: a page someone may not open does not exist for them (404). */
final class ChangeAccess {

    private ChangeAccess() {
    }

    /** The service lead of an organisation. */
    static void requireLead(CurrentUser user) {
        if (!user.has(Role.SERVICE_LEAD) || user.organisationId() == null) {
            throw new NotFoundException("Page");
        }
    }

    /** The college manager or the service lead of an organisation. */
    static void requireCollege(CurrentUser user) {
        if (!(user.has(Role.COLLEGE_ADMIN) || user.has(Role.SERVICE_LEAD)) || user.organisationId() == null) {
            throw new NotFoundException("Page");
        }
    }

    /** Text with its spaces trimmed, or null when there is none. */
    static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
