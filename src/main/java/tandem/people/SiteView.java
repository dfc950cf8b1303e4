package tandem.people;

import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.SiteId;

public record SiteView(SiteId id, String name, OrganisationId organisationId) {
}
