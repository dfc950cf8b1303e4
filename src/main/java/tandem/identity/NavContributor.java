package tandem.identity;

import java.util.List;

/** A module adds its links to the main navigation for the users who may use them. */
public interface NavContributor {
    List<NavItem> navFor(CurrentUser user);
}
