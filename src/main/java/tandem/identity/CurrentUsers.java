package tandem.identity;

import java.util.Optional;

/** Who is signed in to the request being served. */
public interface CurrentUsers {

    /** The signed-in user, once sign-in is complete (password, and second factor where set up). */
    Optional<CurrentUser> current();

    /**
     * The signed-in user; an {@code AuthenticationCredentialsNotFoundException} when there is none,
     * which Spring Security answers with the login page (pages) or 401 (the API).
     */
    CurrentUser require();
}
