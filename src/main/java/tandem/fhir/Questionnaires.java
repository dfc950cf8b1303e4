package tandem.fhir;

import tandem.identity.CurrentUser;
import tandem.measures.scoring.Instrument;

/**
 * Instruments as FHIR R4 Questionnaires: the export of an instrument's current version (with
 * Tandem's scoring extension, answer options with ordinal values and, where FHIRPath can say it, an
 * SDC calculatedExpression per scale), and the import of such a Questionnaire, for example with a
 * service's licensed wording, as a new version of the instrument.
 */
public interface Questionnaires {

    /** The largest Questionnaire accepted, in characters (2 MB). */
    int MAX_CHARS = 2_000_000;

    /**
     * The current version of an instrument as a pretty-printed FHIR R4 Questionnaire in JSON. For any
     * signed-in user (the instrument's scoring and wording are not person data); an unknown code is
     * {@code NotFoundException} ("Instrument").
     */
    String questionnaireJson(String code);

    /**
     * Reads a Questionnaire carrying Tandem's scoring extension and installs it as a new version of
     * its instrument; its item texts become the wording (except the "Item n" placeholders).
     * Administrators only: anyone else is refused with {@code ForbiddenException} before anything is
     * read. Refuses with {@code InvalidInputException}: no Questionnaire ("body"), one over
     * {@link #MAX_CHARS} ("body"), one that is not valid FHIR R4 ("body") or has no readable scoring
     * definition, or items that do not match it (each problem names its path in the Questionnaire).
     */
    Instrument install(CurrentUser admin, String questionnaireJson);
}
