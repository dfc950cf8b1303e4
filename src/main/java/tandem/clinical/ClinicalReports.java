package tandem.clinical;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import tandem.shared.ids.PersonId;

/**
 * What aggregate reports and research extracts may know of clinical observations, without opening
 * anyone's record: nothing here is audited (the caller audits what it makes of it) and nothing is
 * refused. For callers that have already decided the people may be counted or extracted.
 */
public interface ClinicalReports {

    /**
     * Everyone with at least one clinical observation. A dashboard intersects it with its own
     * selection; the set is as large as the people who have observations, not as the selection,
     * so that an organisation-wide dashboard need not send each of its people across.
     */
    Set<PersonId> peopleWithObservations();

    /**
     * Every observation of these people, in no particular order, without who recorded it (for
     * research extracts, whose people have consented).
     */
    List<ReportedObservation> observationsOf(Collection<PersonId> people);
}
