package tandem.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import tandem.identity.CurrentUser;
import tandem.identity.Role;

/** The signed-in principal: the current user plus what sign-in needs. Kept in the shared session store. */
final class TandemUserDetails implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;

    /** Granted once sign-in is complete (password, and second factor where set up). */
    static final String SIGNED_IN = "SIGNED_IN";

    private final CurrentUser user;
    private String passwordHash;
    private final boolean enabled;
    private final boolean secondFactor;

    TandemUserDetails(CurrentUser user, String passwordHash, boolean enabled, boolean secondFactor) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.secondFactor = secondFactor;
    }

    CurrentUser user() {
        return user;
    }

    boolean secondFactor() {
        return secondFactor;
    }

    static List<GrantedAuthority> fullAuthorities(CurrentUser user) {
        List<GrantedAuthority> list = new ArrayList<>();
        list.add(new SimpleGrantedAuthority(SIGNED_IN));
        for (Role r : user.roles()) {
            list.add(new SimpleGrantedAuthority(r.authority()));
        }
        return list;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return fullAuthorities(user);
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
