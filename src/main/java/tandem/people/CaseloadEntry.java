package tandem.people;

import java.time.LocalDate;
import java.util.UUID;

/** A person on a team's caseload from one date, until another (or still). */
public record CaseloadEntry(UUID id, UUID personId, UUID teamId, String teamName, LocalDate from, LocalDate to) {

    public boolean activeOn(LocalDate day) {
        return !from.isAfter(day) && (to == null || !to.isBefore(day));
    }
}
