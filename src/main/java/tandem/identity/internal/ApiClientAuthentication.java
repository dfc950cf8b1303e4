package tandem.identity.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import tandem.identity.CurrentUser;

/** A bearer token accepted for a registered client: the token, the scopes it may use here, and the client as a user. */
final class ApiClientAuthentication extends JwtAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;

    ApiClientAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, CurrentUser user) {
        super(jwt, authorities, user.username());
        this.user = user;
    }

    CurrentUser user() {
        return user;
    }
}
