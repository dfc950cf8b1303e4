package tandem.people;

import java.util.UUID;

public record SiteView(UUID id, String name, UUID organisationId) {
}
