package tandem.people;

import java.time.LocalDate;
import java.util.UUID;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TeamId;

/** A person on a team's caseload from one date, until another (or still). */
public record CaseloadEntry(UUID id, PersonId personId, TeamId teamId, String teamName, LocalDate from, LocalDate to) {

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
