package tandem.identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tandem.shared.FieldProblem;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** Sign-in accounts, for the modules that create people, staff and students and that name them. */
public interface Accounts {

    /** Problems with a proposed username and password ({@link PasswordPolicy}); empty when both are fine. */
    List<FieldProblem> checkNewAccount(String username, String password, boolean staff);

    /**
     * Creates an account. A null password creates one that cannot sign in until a password is set.
     * Throws {@link InvalidInputException} naming the field, or {@link ConflictException} when the
     * username is taken.
     */
    AccountId createAccount(NewAccount account);

    /** Creates an account with an already-encoded password (the demo reuses one hash for all its accounts). */
    AccountId createAccountWithHash(NewAccount account, String encodedPassword);

    String encode(String password);

    /** Sets a new password under the password rules ({@link InvalidInputException} when it breaks one). */
    void setPassword(AccountId accountId, String password, boolean staff, String username);

    void setRoles(AccountId accountId, Set<Role> roles);

    /**
     * Lets the account sign in, or stops it (someone who has left). Disabling ends every signed-in
     * session of the account at once; a disabled account cannot sign in or reset its password.
     */
    void setEnabled(AccountId accountId, boolean enabled);

    Optional<AccountSummary> byUsername(String username);

    Optional<AccountSummary> byId(AccountId accountId);

    Optional<AccountSummary> byStaff(StaffId staffId);

    Optional<AccountSummary> byPerson(PersonId personId);

    Map<StaffId, AccountSummary> byStaffIds(List<StaffId> staffIds);
}
