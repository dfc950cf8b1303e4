package tandem.people;

import java.util.UUID;

public record TeamView(UUID id, String name, UUID organisationId, UUID siteId, String siteName) {
}
