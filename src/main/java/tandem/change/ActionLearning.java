package tandem.change;

import java.util.List;
import java.util.UUID;

import tandem.change.ChangeViews.Cycle;
import tandem.identity.CurrentUser;

/**
 * Action learning cycles: each works on one challenge through four steps in order (joint agreement,
 * goal-setting, implementation, review) and closes only after its review. Service lead only; anyone
 * else, and a cycle of another organisation, is {@code NotFoundException}.
 */
public interface ActionLearning {

    /** The four steps of a cycle, in order. */
    List<String> STEPS = List.of("Joint agreement", "Goal-setting", "Implementation", "Review");

    /** The organisation's cycles, newest first, with their steps. */
    List<Cycle> cycles(CurrentUser lead);

    /** One cycle of the lead's organisation, with its steps. */
    Cycle cycle(CurrentUser lead, UUID id);

    /**
     * Starts a cycle on a challenge (its number as typed), audited. Refuses with
     * {@code InvalidInputException}: a challenge that is not one of the ten, no title or one over 200 characters.
     */
    Cycle start(CurrentUser lead, String challenge, String title);

    /**
     * Records the next step (its number as typed), audited. Refuses with {@code ConflictException} on
     * {@code step} when the cycle is closed, and with {@code InvalidInputException}: a step out of
     * order, no text, a date in the future or before the previous step.
     */
    void addStep(CurrentUser lead, UUID cycleId, String step, String text, String doneOn);

    /**
     * Closes a cycle, audited. Refuses with {@code ConflictException} on {@code step} when its review
     * is not recorded yet, or when it is closed already.
     */
    void close(CurrentUser lead, UUID cycleId);
}
