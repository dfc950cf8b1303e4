package tandem.consent;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The facts access decisions rest on, provided by the module that holds caseloads and supporter
 * links (people). Consent depends on this interface, not on that module.
 */
public interface CareRelationships {

    /** The person's organisation, or empty when there is no such person. */
    Optional<UUID> organisationOf(UUID personId);

    /** Whether the person is on the caseload of one of the staff member's teams on that day. */
    boolean onActiveCaseloadOfStaff(UUID personId, UUID staffId, LocalDate day);

    /** What the person shares with this supporter account (empty when not linked). */
    Set<String> sharedWithSupporter(UUID personId, UUID supporterAccountId);
}
