package tandem.identity.internal;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import tandem.identity.CurrentUser;

/**
 * A bearer token accepted for a registered client: the token, the scopes it may use here, and who it acts as (the
 * client itself, or for an app the signed-in person or worker who let it in).
 */
final class ApiClientAuthentication extends JwtAuthenticationToken {

    private static final long serialVersionUID = 1L;

    private final CurrentUser user;
    /** For a person's own token (an app's {@code patient/} scopes): the person it is limited to; otherwise null. */
    private final String patient;

    ApiClientAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, CurrentUser user) {
        this(jwt, authorities, user, null);
    }

    ApiClientAuthentication(Jwt jwt, Collection<? extends GrantedAuthority> authorities, CurrentUser user, String patient) {
        super(jwt, authorities, user.username());
        this.user = user;
        this.patient = patient;
    }

    String patient() {
        return patient;
    }

    /** The scopes this request may use. */
    java.util.Set<String> scopes() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("SCOPE_")).forEach(a -> out.add(a.substring(6)));
        return out;
    }

    CurrentUser user() {
        return user;
    }
}
