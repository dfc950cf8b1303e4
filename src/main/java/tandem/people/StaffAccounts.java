package tandem.people;

import tandem.identity.CurrentUser;
import tandem.shared.ids.StaffId;

/** Leavers: an administrator stops a staff member's account signing in, or lets it sign in again. */
public interface StaffAccounts {

    /**
     * Stops the staff member's account signing in (someone who has left), which signs it out everywhere
     * at once, or lets it sign in again; audited. Administrators of the staff member's organisation only
     * ({@code ForbiddenException} otherwise); {@code NotFoundException} for staff of another organisation
     * or without an account; {@code RuleRefusedException} for the administrator's own account.
     */
    void setEnabled(CurrentUser admin, StaffId staff, boolean enabled);
}
