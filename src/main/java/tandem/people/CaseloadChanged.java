package tandem.people;

import java.time.LocalDate;
import java.util.UUID;

import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TeamId;

/**
 * A caseload membership began or ended: published inside the transaction that wrote it, so a read
 * model kept by a synchronous listener agrees with the caseload at once. {@code to} is null while the
 * membership is open; {@code organisationId} is the team's organisation.
 */
public record CaseloadChanged(UUID membershipId, PersonId personId, TeamId teamId, OrganisationId organisationId, LocalDate from,
        LocalDate to) {
}
