package tandem.people;

import java.util.UUID;

public record OrganisationView(UUID id, String name, UUID programmeId, String programmeName, String timeZone) {
}
