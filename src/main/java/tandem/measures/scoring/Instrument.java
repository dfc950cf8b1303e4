package tandem.measures.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An instrument as data: items, scales and facts. {@code ownWording} is true for Tandem's own
 * check-ins, whose wording is shipped; licensed instruments ship without wording.
 */
public record Instrument(String code, String title, int version, String rater, String period, boolean ownWording,
        String licence, String snomed, String loinc, List<Item> items, List<Scale> scales) {

    public Instrument {
        items = List.copyOf(items);
        scales = List.copyOf(scales);
        Map<String, Item> byId = items.stream().collect(Collectors.toMap(Item::linkId, Function.identity()));
        if (byId.size() != items.size()) {
            throw new IllegalArgumentException(code + ": duplicate item link ids");
        }
        for (Scale s : scales) {
            for (String id : s.items()) {
                if (!byId.containsKey(id)) {
                    throw new IllegalArgumentException(code + " scale " + s.code() + ": unknown item " + id);
                }
            }
            if (!s.items().containsAll(s.reversed())) {
                throw new IllegalArgumentException(code + " scale " + s.code() + ": reversed item not in the scale");
            }
        }
    }

    public Optional<Item> item(String linkId) {
        return items.stream().filter(i -> i.linkId().equals(linkId)).findFirst();
    }

    public Optional<Scale> scale(String scaleCode) {
        return scales.stream().filter(s -> s.code().equals(scaleCode)).findFirst();
    }

    /** Whether every item has wording (Tandem's own, or a licensed wording imported by the service). */
    public boolean wordingInstalled() {
        return items.stream().allMatch(i -> i.text() != null);
    }
}
