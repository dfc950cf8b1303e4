package tandem.change;

import java.util.List;
import java.util.Map;

import tandem.change.ChangeViews.Fidelity;
import tandem.identity.CurrentUser;

/**
 * The Recovery College fidelity self-check, structured like RECOLLECT: twelve components, rated once a
 * term. The college manager and the service lead see it; only the college manager rates it.
 */
public interface CollegeFidelity {

    /** A RECOLLECT component: its key, its name, and whether it is rated 0/1/2 (non-modifiable) or type 1/2. */
    record Component(String key, String name, boolean modifiable) {
    }

    /** The twelve components, in the order the page shows them. */
    List<Component> COMPONENTS = List.of(
            new Component("equality", "Valuing equality", false), new Component("learning", "Learning", false),
            new Component("tailored", "Tailored to the student", false), new Component("coproduction", "Co-production", false),
            new Component("connectedness", "Social connectedness", false), new Component("community", "Community focus", false),
            new Component("recovery", "Commitment to recovery", false), new Component("available", "Available to all", true),
            new Component("location", "Location", true), new Component("distinctive", "Distinctiveness of course content", true),
            new Component("strengths", "Strengths-based", true), new Component("progressive", "Progressive", true));

    /** The ratings per term, oldest first. The college manager and the service lead; anyone else is {@code NotFoundException}. */
    List<Fidelity> history(CurrentUser user);

    /**
     * The ratings per term as the college manager opens them to rate a term: anyone who may not see
     * them is {@code NotFoundException}, and a service lead, who may see but not rate, {@code ForbiddenException}.
     */
    List<Fidelity> historyToRate(CurrentUser user);

    /** Whether {@code user} rates the self-check (the college manager). */
    boolean mayRate(CurrentUser user);

    /**
     * Rates a term (rating it again replaces its ratings), audited. College manager only, else
     * {@code ForbiddenException}. Refuses with {@code InvalidInputException}: no term, or a component
     * (keyed as in {@link #COMPONENTS}) not rated within its scale.
     */
    void rate(CurrentUser user, String term, Map<String, String> ratings);
}
