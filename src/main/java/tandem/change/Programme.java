package tandem.change;

import java.util.List;
import java.util.Optional;

import tandem.change.ChangeViews.Member;
import tandem.identity.CurrentUser;

/**
 * The programme view: the member organisations side by side, each with its latest organisation-wide
 * stages and counts of Recovery Colleges and peer workers (aggregates only, nothing about a person);
 * and the counts each organisation's service lead gives for it.
 */
public interface Programme {

    /** How many Recovery Colleges an organisation runs and plans. */
    record CollegeCounts(int open, int planned) {
    }

    /**
     * The programme's member organisations, the caller's own included; empty when the caller's
     * organisation is not in a programme. Programme lead only; anyone else is {@code NotFoundException}.
     */
    List<Member> members(CurrentUser user);

    /** The organisation's college counts, if its lead gave them. Service lead only, else {@code NotFoundException}. */
    Optional<CollegeCounts> colleges(CurrentUser lead);

    /**
     * Saves the organisation's college counts (as typed), audited. Service lead only. Refuses with
     * {@code InvalidInputException} a count that is not a whole number from 0 to 1000.
     */
    void saveColleges(CurrentUser lead, String open, String planned);
}
