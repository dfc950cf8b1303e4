package tandem.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.identity.internal.Accounts;
import tandem.shared.FieldProblem;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TypedId;

/** Identity's public face: the current user, and accounts for other modules to create and read. */
@Service
public class IdentityApi {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final Accounts accounts;
    private final PasswordEncoder encoder;

    IdentityApi(Accounts accounts, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.encoder = encoder;
    }

    /** The signed-in user, when sign-in is complete. */
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()
                || auth.getAuthorities().stream().noneMatch(a -> "SIGNED_IN".equals(a.getAuthority()))) {
            return Optional.empty();
        }
        return Accounts.currentUserOf(auth.getPrincipal());
    }

    public CurrentUser require() {
        return current().orElseThrow(() -> new org.springframework.security.authentication
                .AuthenticationCredentialsNotFoundException("Not signed in"));
    }

    /** Problems with a proposed username and password; empty when both are fine. */
    public List<FieldProblem> checkNewAccount(String username, String password, boolean staff) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username",
                    "Username must be 2 to 64 characters: lower-case letters, numbers, dots, dashes or underscores"));
        } else if (accounts.usernameTaken(username)) {
            problems.add(new FieldProblem("username", "That username is already taken"));
        }
        if (password != null) {
            problems.addAll(PasswordPolicy.check("password", password, staff, username));
        }
        return problems;
    }

    /**
     * Creates an account. A null password creates one that cannot sign in until a password is set.
     * Throws {@link InvalidInputException} or {@link ConflictException} naming the field.
     */
    @Transactional
    public AccountId createAccount(NewAccount account) {
        boolean staff = account.staffId() != null;
        List<FieldProblem> problems = checkNewAccount(account.username(), account.password(), staff);
        if (!problems.isEmpty()) {
            if (problems.size() == 1 && problems.get(0).message().contains("already taken")) {
                throw new ConflictException("username", problems.get(0).message());
            }
            throw new InvalidInputException(problems);
        }
        String hash = account.password() == null ? "{bcrypt}unusable"
                : encoder.encode(account.password());
        return AccountId.of(accounts.create(account, hash));
    }

    /** Creates an account with an already-encoded password (demo seeding reuses one hash). */
    @Transactional
    public AccountId createAccountWithHash(NewAccount account, String encodedPassword) {
        return AccountId.of(accounts.create(account, encodedPassword));
    }

    public String encode(String password) {
        return encoder.encode(password);
    }

    @Transactional
    public void setPassword(AccountId accountId, String password, boolean staff, String username) {
        List<FieldProblem> problems = PasswordPolicy.check("password", password, staff, username);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        accounts.setPassword(TypedId.uuid(accountId), encoder.encode(password));
    }

    @Transactional
    public void setRoles(AccountId accountId, Set<Role> roles) {
        accounts.setRoles(TypedId.uuid(accountId), roles);
    }

    public Optional<AccountSummary> byUsername(String username) {
        return accounts.byUsername(username);
    }

    public Optional<AccountSummary> byId(AccountId accountId) {
        return accounts.byId(TypedId.uuid(accountId));
    }

    public Optional<AccountSummary> byStaff(StaffId staffId) {
        return accounts.byStaff(TypedId.uuid(staffId));
    }

    public Optional<AccountSummary> byPerson(PersonId personId) {
        return accounts.byPerson(TypedId.uuid(personId));
    }

    public Map<StaffId, AccountSummary> byStaffIds(List<StaffId> staffIds) {
        return accounts.byStaffIds(staffIds.stream().map(StaffId::value).toList()).stream()
                .collect(Collectors.toMap(AccountSummary::staffId, Function.identity()));
    }
}
