package tandem.consent;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/**
 * The facts access decisions rest on, provided by the module that holds caseloads and supporter
 * links (people). Consent depends on this interface, not on that module.
 */
public interface CareRelationships {

    /** The person's organisation, or empty when there is no such person. */
    Optional<OrganisationId> organisationOf(PersonId personId);

    /** Whether the person is on the caseload of one of the staff member's teams on that day. */
    boolean onActiveCaseloadOfStaff(PersonId personId, StaffId staffId, LocalDate day);

    /** What the person shares with this supporter account (empty when not linked). */
    Set<String> sharedWithSupporter(PersonId personId, AccountId supporterAccountId);
}
