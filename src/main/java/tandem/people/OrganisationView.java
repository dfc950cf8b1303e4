package tandem.people;

import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.ProgrammeId;

public record OrganisationView(OrganisationId id, String name, ProgrammeId programmeId, String programmeName, String timeZone) {
}
