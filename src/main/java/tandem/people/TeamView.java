package tandem.people;

import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.SiteId;
import tandem.shared.ids.TeamId;

public record TeamView(TeamId id, String name, OrganisationId organisationId, SiteId siteId, String siteName) {
}
