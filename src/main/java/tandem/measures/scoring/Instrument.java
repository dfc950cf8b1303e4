package tandem.measures.scoring;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An instrument as data: items, scales and facts. {@code ownWording} is true for Tandem's own
 * check-ins, whose wording is shipped; licensed instruments ship without wording. {@code rater} is
 * {@code PERSON} (self-report) or {@code CLINICIAN} (completed by a worker). {@code stem} is the
 * question put before the items (null: none); {@code safetyItem} names an item about thoughts of
 * self-harm (PHQ-9's item 9): any answer above its lowest value raises a safety alert.
 */
public record Instrument(String code, String title, int version, String rater, String period, boolean ownWording,
        String licence, String snomed, String loinc, List<Item> items, List<Scale> scales, String stem, String safetyItem) {

    public static final String PERSON = "PERSON";
    public static final String CLINICIAN = "CLINICIAN";

    public Instrument(String code, String title, int version, String rater, String period, boolean ownWording,
            String licence, String snomed, String loinc, List<Item> items, List<Scale> scales) {
        this(code, title, version, rater, period, ownWording, licence, snomed, loinc, items, scales, null, null);
    }

    public Instrument {
        if (!PERSON.equals(rater) && !CLINICIAN.equals(rater)) {
            throw new IllegalArgumentException(code + ": rater must be PERSON or CLINICIAN");
        }
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
        if (safetyItem != null && !byId.containsKey(safetyItem)) {
            throw new IllegalArgumentException(code + ": unknown safety item " + safetyItem);
        }
    }

    /** The same instrument under another title and version, with these items (a service's wording). */
    public Instrument withItems(String newTitle, int newVersion, List<Item> newItems) {
        return new Instrument(code, newTitle, newVersion, rater, period, ownWording, licence, snomed, loinc, newItems, scales,
                stem, safetyItem);
    }

    /** Self-report: the person completes it themselves. Clinician-rated ones are completed by a worker. */
    public boolean selfReport() {
        return PERSON.equals(rater);
    }

    /** Whether a person can be asked to complete it now: self-report, with its wording installed. */
    public boolean personCanComplete() {
        return selfReport() && wordingInstalled();
    }

    /**
     * Whether checked answers (as stored: whole numbers by link id) give a safety answer: the safety item
     * answered above its lowest value.
     */
    public boolean safetyAnswer(Map<String, ?> values) {
        if (safetyItem == null || !(values.get(safetyItem) instanceof Number n)) {
            return false;
        }
        int v = n.intValue();
        Item item = item(safetyItem).orElseThrow();
        return !item.isNotKnown(v) && v > item.min();
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
