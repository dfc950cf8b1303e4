package tandem.identity.internal;

import java.util.List;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

import tandem.identity.AccountDisplayNames;
import tandem.identity.CurrentUser;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.OrganisationId;

@Service
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final List<AccountDisplayNames> names;

    AccountUserDetailsService(AccountRepository accounts, List<AccountDisplayNames> names) {
        this.accounts = accounts;
        this.names = names;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AccountRow a = accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("no account"));
        return new TandemUserDetails(currentUser(a), a.passwordHash(), a.enabled(), a.totpSecret() != null);
    }

    CurrentUser currentUser(AccountRow a) {
        String display = names.stream().map(n -> n.displayName(PersonId.of(a.personId()), StaffId.of(a.staffId()))).flatMap(java.util.Optional::stream)
                .findFirst().orElse(a.username());
        return new CurrentUser(AccountId.of(a.id()), a.username(), display, a.roles(), PersonId.of(a.personId()), StaffId.of(a.staffId()),
                OrganisationId.of(a.organisationId()));
    }
}
