package tandem.recovery;

import java.util.List;
import java.util.Map;

import tandem.identity.CurrentUser;
import tandem.measures.scoring.Chime;
import tandem.recovery.PlanViews.Heard;
import tandem.recovery.PlanViews.Strengths;
import tandem.recovery.PlanViews.Values;
import tandem.shared.ids.PersonId;

/**
 * Values and treatment preferences, and strengths by life domain: the person's words, each save a
 * new dated version, with workers' "what I heard" notes beside them. The value cards and the life
 * domains (with the CHIME process each speaks to) are configuration.
 */
public interface PlanSections {

    int TEXT_MAX = 4000;
    int CELL_MAX = 2000;

    /** A life domain of the strengths assessment and the CHIME process it speaks to. */
    record Domain(String name, Chime chime) {
    }

    List<String> valueCards();

    List<Domain> domains();

    /** All versions, newest first; audited as a read. */
    List<Values> values(CurrentUser user, PersonId person);

    List<Strengths> strengths(CurrentUser user, PersonId person);

    List<Heard> heard(CurrentUser user, PersonId person);

    /** The person saves a new version of their values; {@code openedVersion} is the one they were looking at (0 for none). */
    Values saveValues(CurrentUser user, PersonId person, int openedVersion, String whatMatters, List<String> cards,
            String whatHelps, String whatDoesNotHelp, String treatment, String contact, String involve);

    /** The person saves a new version of their strengths: per domain, three texts; then their priorities. */
    Strengths saveStrengths(CurrentUser user, PersonId person, int openedVersion, Map<String, String> cells,
            String priorities);

    /** A worker's note of what they heard, beside the person's values or strengths. */
    Heard addHeard(CurrentUser user, PersonId person, String section, String text);
}
