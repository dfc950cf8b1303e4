package tandem.measures.web;

import tandem.measures.StoredResponse;
import tandem.measures.scoring.Instrument;

/** A line in a list of questionnaires: the latest response, if any, and how many there are. */
public record QuestionnaireLine(Instrument instrument, StoredResponse latest, int count) {
}
