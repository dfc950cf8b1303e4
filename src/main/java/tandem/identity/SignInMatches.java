package tandem.identity;

import java.time.LocalDate;
import java.util.List;

import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/**
 * Implemented by the module that holds staff members' e-mail addresses and people's NHS numbers (people),
 * for a first single sign-on: which Tandem record a provider's identity may be linked to.
 */
public interface SignInMatches {

    /** A person whose NHS number is held as verified (checked by a worker, or from the record system). */
    record VerifiedPerson(PersonId personId, OrganisationId organisationId, LocalDate dateOfBirth) {
    }

    /** The staff members whose e-mail address is this one (compared without regard to case). */
    List<StaffId> staffWithEmail(String email);

    /** The people who hold this NHS number as verified; an unverified number is never answered. */
    List<VerifiedPerson> peopleWithVerifiedNhsNumber(String nhsNumber);
}
