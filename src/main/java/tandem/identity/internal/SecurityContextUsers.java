package tandem.identity.internal;

import java.util.Optional;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;

/** The signed-in user, read from Spring Security's context of the current request. */
@Component
class SecurityContextUsers implements CurrentUsers {

    @Override
    public Optional<CurrentUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth instanceof ApiClientAuthentication client && client.isAuthenticated()) {
            return Optional.of(client.user()); // another system, with a bearer token (BearerAuthentication)
        }
        if (auth == null || !auth.isAuthenticated()
                || auth.getAuthorities().stream().noneMatch(a -> TandemUserDetails.SIGNED_IN.equals(a.getAuthority()))) {
            return Optional.empty();
        }
        return auth.getPrincipal() instanceof TandemUserDetails d ? Optional.of(d.user()) : Optional.empty();
    }

    @Override
    public CurrentUser require() {
        return current().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
    }
}
