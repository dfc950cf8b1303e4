package tandem.recovery.web;

import tandem.identity.CurrentUser;
import tandem.shared.ids.PersonId;

/**
 * Whose plan a page shows and to whom: {@code self} for the person, {@code worker} for a worker on
 * their care team. {@code base} is where the plan's pages are for this viewer.
 */
public record PlanContext(CurrentUser user, PersonId person, String base, boolean self, String name, String firstName,
        boolean worker) {

    /** "Your" for the person, the first name with an apostrophe for others. */
    public String whose() {
        return self ? "Your" : firstName + "'s";
    }
}
