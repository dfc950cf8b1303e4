package tandem.change;

import java.util.List;
import java.util.UUID;

import tandem.change.ChangeViews.Assessment;
import tandem.identity.CurrentUser;

/**
 * Ten-challenge self-assessments: the service lead rates the organisation, a site or a team on the
 * {@link Stages} scale, with evidence (words, links, files) and who took part. Only the service lead
 * of the organisation sees them; anyone else is answered {@code NotFoundException} ("Page").
 */
public interface Assessments {

    /** A rating of one challenge as submitted: the number (1 to 10), the stage's code, evidence words and links. */
    record RatingIn(Integer challenge, String stage, String evidence, String links) {
    }

    /** An uploaded evidence file for one challenge, before it is checked. */
    record Upload(int challenge, String filename, byte[] bytes) {
    }

    /**
     * A self-assessment as submitted, all as typed: the scope's name and id, the date (empty for
     * today), how many took part and how many of them with lived experience, the ratings and the files.
     */
    record NewAssessment(String scope, String scopeId, String assessedOn, Integer participants, Integer livedExperience,
            List<RatingIn> ratings, List<Upload> uploads) {
    }

    /** A scope the lead may rate: its value in the form ({@code SCOPE:id}) and the words shown. */
    record ScopeOption(String value, String label) {
    }

    /**
     * Records a self-assessment and its evidence files in one transaction, and audits it. Service lead
     * only. Refuses with {@code InvalidInputException} naming the field: a scope not of the lead's
     * organisation, a date in the future, more lived-experience participants than participants, a
     * challenge outside 1 to 10 or rated twice, a stage not on the scale, links that are not web
     * addresses, no rating at all, and files over {@link Evidence#FILE_MAX} bytes, of another type than
     * PDF, PNG, JPEG or plain text (by their content), or for a challenge not rated.
     */
    Assessment assess(CurrentUser lead, NewAssessment assessment);

    /**
     * The organisation's assessments, newest first, of one scope when {@code scope} (and
     * {@code scopeId}) are given as typed in a request. Service lead only; a scope or id that is not
     * one is refused with {@code InvalidInputException}.
     */
    List<Assessment> assessments(CurrentUser lead, String scope, String scopeId);

    /** One assessment of the lead's organisation, with its ratings and files; {@code NotFoundException} otherwise. */
    Assessment assessment(CurrentUser lead, UUID id);

    /** What the lead may rate: the whole organisation, then its sites, then its teams. Service lead only. */
    List<ScopeOption> scopes(CurrentUser lead);
}
