package tandem.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.identity.AccountSummary;
import tandem.identity.Accounts;
import tandem.identity.NewAccount;
import tandem.identity.PasswordPolicy;
import tandem.identity.Role;
import tandem.shared.FieldProblem;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TypedId;

@Service
class AccountService implements Accounts {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private final AccountRepository repository;
    private final PasswordEncoder encoder;

    private final SessionDevices devices;

    AccountService(AccountRepository repository, PasswordEncoder encoder, SessionDevices devices) {
        this.devices = devices;
        this.repository = repository;
        this.encoder = encoder;
    }

    @Override
    public List<FieldProblem> checkNewAccount(String username, String password, boolean staff) {
        List<FieldProblem> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new FieldProblem("username",
                    "Username must be 2 to 64 characters: lower-case letters, numbers, dots, dashes or underscores"));
        } else if (repository.usernameTaken(username)) {
            problems.add(new FieldProblem("username", "That username is already taken"));
        }
        if (password != null) {
            problems.addAll(PasswordPolicy.check("password", password, staff, username));
        }
        return problems;
    }

    @Override
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
        return insert(account, account.password() == null ? "{bcrypt}unusable" : encoder.encode(account.password()));
    }

    @Override
    @Transactional
    public AccountId createAccountWithHash(NewAccount account, String encodedPassword) {
        return insert(account, encodedPassword);
    }

    private AccountId insert(NewAccount a, String hash) {
        refuseClientRole(a.roles());
        AccountId id = AccountId.random();
        repository.insert(new AccountRow(id.value(), a.username(), hash, true, a.organisationId().value(), TypedId.uuid(a.personId()),
                TypedId.uuid(a.staffId()), null, a.roles()));
        return id;
    }

    @Override
    public String encode(String password) {
        return encoder.encode(password);
    }

    @Override
    @Transactional
    public void setPassword(AccountId accountId, String password, boolean staff, String username) {
        List<FieldProblem> problems = PasswordPolicy.check("password", password, staff, username);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        repository.updatePassword(accountId.value(), encoder.encode(password));
    }

    @Override
    @Transactional
    public void setEnabled(AccountId accountId, boolean enabled) {
        repository.setEnabled(accountId.value(), enabled);
        if (!enabled) {
            repository.findById(accountId.value()).ifPresent(a -> devices.endAllBut(a.username(), null));
        }
    }

    @Override
    @Transactional
    public void setRoles(AccountId accountId, Set<Role> roles) {
        refuseClientRole(roles);
        Optional<AccountSummary> before = repository.findById(accountId.value()).map(AccountRow::summary);
        repository.replaceRoles(accountId.value(), roles);
        // a session carries the roles it signed in with: when they change, the account signs in again
        before.filter(a -> !a.roles().equals(Set.copyOf(roles))).ifPresent(a -> devices.endAllBut(a.username(), null));
    }

    @Override
    public Optional<AccountSummary> byUsername(String username) {
        return repository.findByUsername(username).map(AccountRow::summary);
    }

    @Override
    public Optional<AccountSummary> byId(AccountId accountId) {
        return repository.findById(accountId.value()).map(AccountRow::summary);
    }

    @Override
    public Optional<AccountSummary> byStaff(StaffId staffId) {
        return repository.findByStaff(staffId.value()).map(AccountRow::summary);
    }

    @Override
    public Optional<AccountSummary> byPerson(PersonId personId) {
        return repository.findByPerson(personId.value()).map(AccountRow::summary);
    }

    @Override
    public Map<StaffId, AccountSummary> byStaffIds(List<StaffId> staffIds) {
        return repository.findByStaffIds(staffIds.stream().map(StaffId::value).toList()).stream().map(AccountRow::summary)
                .collect(Collectors.toMap(AccountSummary::staffId, Function.identity()));
    }

    /** The API client role belongs to registered systems ({@code ApiClients}), never to an account. */
    private static void refuseClientRole(Set<Role> roles) {
        if (roles.contains(Role.API_CLIENT)) {
            throw new InvalidInputException("roles", "An account cannot have the API client role");
        }
    }
}
