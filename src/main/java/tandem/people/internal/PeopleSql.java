package tandem.people.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;

import tandem.people.TeamView;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.SiteId;
import tandem.shared.ids.TeamId;

/** What the people module's stores share: the team query and mapping, and name searches. */
final class PeopleSql {

    static final String TEAM = "SELECT t.id, t.name, t.organisation_id, t.site_id, s.name AS site_name "
            + "FROM team t JOIN site s ON s.id = t.site_id ";

    private PeopleSql() {
    }

    static TeamView team(ResultSet rs, int n) throws SQLException {
        return new TeamView(TeamId.of(rs.getObject("id", UUID.class)), rs.getString("name"),
                OrganisationId.of(rs.getObject("organisation_id", UUID.class)), SiteId.of(rs.getObject("site_id", UUID.class)),
                rs.getString("site_name"));
    }

    /**
     * The digits of a search that is a whole, valid NHS number (as people write it, with spaces), or null:
     * a number is found only whole, never by a part of it.
     */
    static String nhsNumberIn(String query) {
        return tandem.people.NhsNumber.parse(query).map(tandem.people.NhsNumber::digits).orElse(null);
    }

    /** A lower-case "contains" pattern for LIKE, with the query's own %, _ and \ matching themselves; null for no query. */
    static String like(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String q = query.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + q + "%";
    }
}
