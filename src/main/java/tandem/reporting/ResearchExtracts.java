package tandem.reporting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tandem.identity.CurrentUser;

/**
 * Pseudonymised research extracts, for researchers, of the people in their organisation who said
 * yes to research use. Each extract has its own secret key, thrown away afterwards: a participant
 * code is a keyed hash of the person's id, so codes cannot be linked across extracts or back to
 * the person. No names, contact details or free text; birth dates become an age band; dates are
 * coarsened to the month, or shifted by a per-participant number of days (configuration).
 * Every extract is recorded, and appears in each included person's access log.
 */
public interface ResearchExtracts {

    /** How an extract's dates are made less exact: cut to the month, or moved by a secret number of days per participant. */
    enum DatePrecision { MONTH, SHIFT }

    /** An extract made earlier: who made it and when, how many people and rows it held, and how its dates were made less exact. */
    record PastExtract(UUID id, String madeBy, Instant madeAt, int people, int rows, DatePrecision datePrecision) {
    }

    /** How many people of the organisation say yes to research today, how dates will be written, and the last extracts made. */
    record Summary(int consenting, DatePrecision datePrecision, List<PastExtract> past) {
    }

    /** A new extract: the ZIP (extract.csv and data-dictionary.csv), how many people and CSV rows it holds. */
    record Extract(UUID id, byte[] zip, int people, int rows) {
    }

    /** What each column of extract.csv means; written into data-dictionary.csv. */
    List<List<String>> DICTIONARY = List.of(
            List.of("participant", "A code for one person, the same on every row about them in this extract only. It is a keyed hash; the key is thrown away, so it cannot be traced back or matched with another extract.", "16 hexadecimal characters"),
            List.of("record", "What the row is about.", "PERSON: about the participant; RESPONSE: one scale of one questionnaire response; OBSERVATION: one clinical observation"),
            List.of("item", "For PERSON rows, AGE_BAND. For RESPONSE rows, the instrument code (for example QPR15). For OBSERVATION rows, the criterion.", "Instrument codes as in Tandem's instrument list; criteria SYMPTOMS, WORK_OR_STUDY, LIVING, INCOME, SOCIAL"),
            List.of("scale", "For RESPONSE rows, the scale code (for example TOTAL). Empty otherwise.", "Upper-case scale codes"),
            List.of("value", "The age band, the scale score, or the observed value.", "Age bands 18-24 ... 65+; scores as numbers; observation values as in the API"),
            List.of("scored", "For RESPONSE rows, whether the scale could be scored (too many missing answers means not scored and an empty value).", "true or false"),
            List.of("band", "For RESPONSE rows, the band the score falls in, where the instrument has bands.", "Band labels from the instrument definition"),
            List.of("definition_version", "For RESPONSE rows, the version of the scoring definition the response was scored with.", "Whole number"),
            List.of("date", "When the response was completed or the observation made. MONTH precision: year and month only. SHIFT precision: a full date moved by the same secret number of days (up to half a year either way) for every row of one participant, so intervals are kept.", "YYYY-MM or YYYY-MM-DD"),
            List.of("source", "For OBSERVATION rows, who recorded it: the person or staff.", "PERSON or STAFF"));

    /**
     * What an extract of the researcher's organisation would hold: the number of people who say
     * yes to research today (a count, no names), the date precision, and the last 20 extracts made
     * in the organisation. Researchers only; anyone else is refused with {@code ForbiddenException}.
     */
    Summary summary(CurrentUser researcher);

    /**
     * Makes a new extract of the people of the researcher's organisation who say yes to research
     * today: one PERSON row each (their age band), one RESPONSE row per scale of each of their
     * questionnaire responses, one OBSERVATION row per clinical observation, all under codes that
     * cannot be traced back. Records the extract, and audits it once for the organisation and once
     * in each included person's access log. Researchers only; anyone else is refused with
     * {@code ForbiddenException} and nothing is read.
     */
    Extract make(CurrentUser researcher);
}
