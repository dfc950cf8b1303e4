package tandem.clinical.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.clinical.ClinicalReports;
import tandem.clinical.ReportedObservation;
import tandem.shared.ids.PersonId;

/** {@link ClinicalReports}: plain reads of the observations, one statement each. */
@Service
class ClinicalReportsService implements ClinicalReports {

    private final ObservationReads reads;

    ClinicalReportsService(ObservationReads reads) {
        this.reads = reads;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<PersonId> peopleWithObservations() {
        return reads.observedPeople();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportedObservation> observationsOf(Collection<PersonId> people) {
        return people.isEmpty() ? List.of() : reads.observationsOf(people);
    }
}
