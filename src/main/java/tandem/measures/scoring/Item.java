package tandem.measures.scoring;

import java.util.List;
import java.util.Set;

/**
 * A question: its link id ("1", "2", …), its wording if installed (null otherwise), its answer
 * options (numeric values), and whether it also asks "is this important to me?" (INSPIRE).
 * {@code notKnown} is a value outside min–max that means "not known" (HoNOS: 9): it is accepted
 * and stored, and left out of every score as a missing answer (null: no such value).
 */
public record Item(String linkId, String text, int min, int max, List<Option> options, boolean required,
        boolean importance, Set<Chime> chime, Integer notKnown) {

    public Item(String linkId, String text, int min, int max, List<Option> options, boolean required, boolean importance,
            Set<Chime> chime) {
        this(linkId, text, min, max, options, required, importance, chime, null);
    }

    public Item {
        options = List.copyOf(options);
        chime = Set.copyOf(chime);
        if (min > max) {
            throw new IllegalArgumentException("Item " + linkId + ": min above max");
        }
    }

    /** An answer option; the label is null for licensed instruments (anchors are not shipped). */
    public record Option(int value, String label) {
    }

    /** The reverse of a value on this item's scale: max + min − value. */
    public int reverse(int value) {
        return max + min - value;
    }

    /** The same item with other wording (a service's licensed text, say). */
    public Item withText(String newText) {
        return new Item(linkId, newText, min, max, options, required, importance, chime, notKnown);
    }

    /** Whether a value is this item's "not known" value. */
    public boolean isNotKnown(int value) {
        return notKnown != null && notKnown == value;
    }

    public String displayText() {
        return text != null ? text : "Item " + linkId;
    }
}
