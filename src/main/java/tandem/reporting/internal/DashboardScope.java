package tandem.reporting.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import tandem.reporting.internal.DashboardQueries.Selection;

/**
 * What one dashboard covers: the selection of people, the words that name it, what its groups are
 * ("organisation", "team" or none), the teams of a team grouping, and the names of the groups.
 */
record DashboardScope(Selection selection, String label, String groupedBy, Selection groups, Map<UUID, String> names) {

    /** Leaves out the people of small teams everywhere, and says so. */
    DashboardScope without(List<UUID> smallTeams) {
        String note = smallTeams.size() == 1 ? "1 team where" : smallTeams.size() + " teams where";
        return new DashboardScope(selection.without(smallTeams), label + "; not counting the people of " + note
                + " fewer than 5 people answered, so that they cannot be worked out by subtraction", groupedBy,
                groups == null ? null : groups.without(smallTeams), names);
    }

    boolean byOrganisation() {
        return "organisation".equals(groupedBy);
    }
}
