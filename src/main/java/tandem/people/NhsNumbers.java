package tandem.people;

import tandem.identity.CurrentUser;
import tandem.shared.ids.PersonId;

/**
 * Verifying the NHS numbers Tandem holds. An administrator enters a number with the person's details
 * ({@link PeopleAdministration}); a worker who may see the person confirms it here once they have
 * checked it with the person or a letter from the NHS. Only a verified number ({@link NhsNumberStatus#verified()})
 * may link a sign-in or another system's message to a person.
 */
public interface NhsNumbers {

    /**
     * Records that {@code worker} checked the person's NHS number, which they saw as {@code seen}: it
     * becomes {@link NhsNumberStatus#CHECKED_BY_WORKER}, audited as a change of the record. Staff with a
     * care role who may open the person's record only ({@code consent.PersonNotFoundException} for anyone
     * else, the person included). {@code ConflictException} on {@code nhsNumber} when the number held is
     * no longer the one seen; nothing happens when it is already verified.
     */
    void recordChecked(CurrentUser worker, PersonId person, NhsNumber seen);
}
