package tandem.people;

import java.util.List;
import java.util.UUID;

/**
 * Published once, after the demo organisation has been seeded, so that other modules can add
 * their own demo data for the same people and staff.
 */
public record DemoOrganisationSeeded(UUID programmeId, UUID organisationId, List<UUID> people, UUID alex, UUID jo,
        UUID sam, UUID pat, UUID tutor, UUID college, UUID lead, UUID admin, UUID northTeam, UUID southTeam,
        UUID earlyTeam, List<UUID> otherOrganisations) {
}
