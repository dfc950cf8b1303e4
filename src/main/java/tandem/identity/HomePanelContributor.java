package tandem.identity;

import java.util.List;

/** A module adds panels to the home page of the users it serves. */
public interface HomePanelContributor {
    List<HomePanel> panelsFor(CurrentUser user);
}
