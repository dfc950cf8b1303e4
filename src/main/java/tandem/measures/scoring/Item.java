package tandem.measures.scoring;

import java.util.List;
import java.util.Set;

/**
 * A question: its link id ("1", "2", …), its wording if installed (null otherwise), its answer
 * options (numeric values), and whether it also asks "is this important to me?" (INSPIRE).
 */
public record Item(String linkId, String text, int min, int max, List<Option> options, boolean required,
        boolean importance, Set<Chime> chime) {

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

    public String displayText() {
        return text != null ? text : "Item " + linkId;
    }
}
