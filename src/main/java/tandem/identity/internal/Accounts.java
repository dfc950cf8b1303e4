package tandem.identity.internal;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;

import tandem.identity.AccountSummary;
import tandem.identity.CurrentUser;
import tandem.identity.NewAccount;
import tandem.identity.Role;
import tandem.shared.ids.TypedId;

/** Account storage behind {@link tandem.identity.IdentityApi}. */
@Component
public class Accounts {

    private final AccountRepository repository;

    Accounts(AccountRepository repository) {
        this.repository = repository;
    }

    public static Optional<CurrentUser> currentUserOf(Object principal) {
        return principal instanceof TandemUserDetails d ? Optional.of(d.user()) : Optional.empty();
    }

    public boolean usernameTaken(String username) {
        return repository.usernameTaken(username);
    }

    public UUID create(NewAccount a, String hash) {
        UUID id = UUID.randomUUID();
        repository.insert(new AccountRow(id, a.username(), hash, true, a.organisationId().value(), TypedId.uuid(a.personId()), TypedId.uuid(a.staffId()),
                null, a.roles()));
        return id;
    }

    public void setPassword(UUID accountId, String hash) {
        repository.updatePassword(accountId, hash);
    }

    public void setRoles(UUID accountId, Set<Role> roles) {
        repository.replaceRoles(accountId, roles);
    }

    public Optional<AccountSummary> byUsername(String username) {
        return repository.findByUsername(username).map(AccountRow::summary);
    }

    public Optional<AccountSummary> byId(UUID id) {
        return repository.findById(id).map(AccountRow::summary);
    }

    public Optional<AccountSummary> byStaff(UUID staffId) {
        return repository.findByStaff(staffId).map(AccountRow::summary);
    }

    public Optional<AccountSummary> byPerson(UUID personId) {
        return repository.findByPerson(personId).map(AccountRow::summary);
    }

    public List<AccountSummary> byStaffIds(List<UUID> ids) {
        return repository.findByStaffIds(ids).stream().map(AccountRow::summary).toList();
    }
}
