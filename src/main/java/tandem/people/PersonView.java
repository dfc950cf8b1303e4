package tandem.people;

import java.time.LocalDate;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/**
 * A person as the people module holds them (no clinical data). {@code nhsNumber} and its status are
 * null when none is held; pages show the number to staff who may see the person only, never on a
 * public page.
 */
public record PersonView(PersonId id, OrganisationId organisationId, String givenName, String familyName, String preferredName,
        String pronouns, LocalDate dateOfBirth, String email, String phone, boolean contactByEmail,
        boolean contactByPhone, boolean contactByPost, long version, NhsNumber nhsNumber, NhsNumberStatus nhsNumberStatus) {

    /** The name to use: the preferred name if given, with the family name. */
    public String displayName() {
        return displayName(givenName, familyName, preferredName);
    }

    public String firstName() {
        return preferredName != null && !preferredName.isBlank() ? preferredName : givenName;
    }

    public static String displayName(String given, String family, String preferred) {
        String first = preferred != null && !preferred.isBlank() ? preferred : given;
        return first + " " + family;
    }
}
