package tandem.people;

import java.util.List;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.ProgrammeId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TeamId;

/**
 * Published once, after the demo organisation has been seeded, so that other modules can add
 * their own demo data for the same people and staff.
 */
public record DemoOrganisationSeeded(ProgrammeId programmeId, OrganisationId organisationId, List<PersonId> people, PersonId alex,
        PersonId jo, StaffId sam, StaffId pat, StaffId tutor, StaffId college, StaffId lead, StaffId admin, TeamId northTeam,
        TeamId southTeam, TeamId earlyTeam, List<OrganisationId> otherOrganisations) {
}
