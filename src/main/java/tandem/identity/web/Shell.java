package tandem.identity.web;

import java.util.List;

import tandem.identity.CurrentUser;
import tandem.identity.NavItem;

/** What the page layout needs: who is signed in, their navigation, the CSRF token, a flash message. */
public record Shell(CurrentUser user, List<NavItem> nav, String path, String csrfToken, String flash) {

    public boolean signedIn() {
        return user != null;
    }

    /** The navigation item for the page: the one whose address matches the longest part of the path. */
    public boolean current(NavItem item) {
        NavItem best = null;
        for (NavItem candidate : nav) {
            if (matches(candidate) && (best == null || candidate.href().length() > best.href().length())) {
                best = candidate;
            }
        }
        return item.equals(best);
    }

    private boolean matches(NavItem item) {
        if ("/".equals(item.href())) {
            return "/".equals(path);
        }
        return path != null && (path.equals(item.href()) || path.startsWith(item.href() + "/"));
    }
}
