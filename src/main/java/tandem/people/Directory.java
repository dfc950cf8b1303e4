package tandem.people;

import java.util.Optional;

import tandem.identity.CurrentUser;
import tandem.shared.PageOf;
import tandem.shared.ids.PersonId;

/**
 * Who a user may see listed, the same for the pages, {@code /api/v1/people} and FHIR's Patient search:
 * care staff their teams' caseloads (minus anyone who has withdrawn sharing), administrators and API
 * clients everyone in the organisation (names and teams only), a person themselves, a supporter the
 * people who share with them. Listing is not opening: whoever shows one entry audits it.
 */
public interface Directory {

    /** One page of the people this user may see listed, by name when {@code query} is given. */
    PageOf<PersonListItem> visibleTo(CurrentUser user, String query, int page, int size);

    /** The person of the user's organisation who holds this NHS number, if any; not an access decision. */
    Optional<PersonId> withNhsNumber(CurrentUser user, NhsNumber number);
}
