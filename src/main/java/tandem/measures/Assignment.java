package tandem.measures;

import java.time.LocalDate;
import java.util.UUID;

import tandem.shared.ids.PersonId;

/**
 * A request to complete an instrument: once (everyMonths null) or every few months. It is due from
 * {@code dueOn}, overdue a week later, and moves on to the next date when completed.
 */
public record Assignment(UUID id, PersonId personId, String instrument, LocalDate dueOn, Integer everyMonths,
        String assignedBy) {

    public static final int GRACE_DAYS = 7;

    public enum State { UPCOMING, DUE, OVERDUE }

    public State state(LocalDate today) {
        if (today.isBefore(dueOn)) {
            return State.UPCOMING;
        }
        return today.isAfter(dueOn.plusDays(GRACE_DAYS)) ? State.OVERDUE : State.DUE;
    }
}
