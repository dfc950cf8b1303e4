package tandem.measures.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads Tandem's compact scoring-definition JSON (see {@code src/main/resources/measures/}).
 * Items are given in groups that share a response scale; link ids are "1", "2", … in order.
 * Scales name their items as ranges, like {@code "1-6,10"}.
 */
public final class InstrumentReader {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private InstrumentReader() {
    }

    public static Instrument read(String json) {
        return read(JSON.readTree(json));
    }

    public static Instrument read(JsonNode root) {
        String code = text(root, "code");
        List<Item> items = new ArrayList<>();
        int next = 1;
        for (JsonNode group : root.path("itemGroups")) {
            int count = group.path("count").asInt();
            int min = group.path("min").asInt();
            int max = group.path("max").asInt();
            List<String> texts = new ArrayList<>();
            group.path("texts").forEach(t -> texts.add(t.asString()));
            Map<Integer, String> labels = new LinkedHashMap<>();
            group.path("labels").properties().forEach(e -> labels.put(Integer.parseInt(e.getKey()), e.getValue().asString()));
            List<Set<Chime>> perItemChime = new ArrayList<>();
            group.path("itemChime").forEach(c -> perItemChime.add(chime(c)));
            JsonNode nk = group.get("notKnown");
            Integer notKnown = nk == null || nk.isNull() ? null : nk.asInt();
            if (notKnown != null && notKnown >= min && notKnown <= max) {
                throw new IllegalArgumentException(code + ": the not-known value must lie outside " + min + "-" + max);
            }
            for (int i = 0; i < count; i++) {
                List<Item.Option> options = new ArrayList<>();
                for (int v = min; v <= max; v++) {
                    options.add(new Item.Option(v, labels.get(v)));
                }
                if (notKnown != null) {
                    options.add(new Item.Option(notKnown, labels.getOrDefault(notKnown, "Not known")));
                }
                Set<Chime> chime = i < perItemChime.size() ? perItemChime.get(i) : chime(group.path("chime"));
                items.add(new Item(Integer.toString(next++), i < texts.size() ? texts.get(i) : null, min, max, options,
                        group.path("required").asBoolean(false), group.path("importance").asBoolean(false), chime, notKnown));
            }
        }
        List<Scale> scales = new ArrayList<>();
        for (JsonNode s : root.path("scales")) {
            List<String> scaleItems = ids(s.path("items").asString(""), items.size());
            Map<Integer, BigDecimal> table = new LinkedHashMap<>();
            s.path("table").properties().forEach(e -> table.put(Integer.parseInt(e.getKey()), e.getValue().decimalValue()));
            List<Band> bands = new ArrayList<>();
            s.path("bands").forEach(b -> bands.add(new Band(decimal(b, "upTo"), text(b, "label"))));
            JsonNode n = s.path("norms");
            Norms norms = n.isMissingNode() ? null : new Norms(decimal(n, "sd"), decimal(n, "reliability"),
                    decimal(n, "clinicalMean"), decimal(n, "clinicalSd"), decimal(n, "normalMean"), decimal(n, "normalSd"),
                    decimal(n, "meaningfulChange"), optText(n, "source"), decimal(n, "caseAt"));
            JsonNode range = s.path("range");
            scales.add(new Scale(text(s, "code"), text(s, "title"), Scale.Method.valueOf(s.path("method").asString("SUM")),
                    scaleItems, new HashSet<>(ids(s.path("reverse").asString(""), items.size())), decimal(s, "factor"),
                    table, s.path("importantOnly").asBoolean(false), s.path("maxMissing").asInt(0),
                    s.path("prorate").asBoolean(false), Scale.Direction.valueOf(s.path("direction").asString("HIGHER_BETTER")),
                    range.isArray() ? range.get(0).decimalValue() : null, range.isArray() ? range.get(1).decimalValue() : null,
                    bands, norms, optText(s, "snomed"), optText(s, "loinc"), chime(s.path("chime"))));
        }
        return new Instrument(code, text(root, "title"), root.path("version").asInt(1), root.path("rater").asString("PERSON"),
                optText(root, "period"), root.path("ownWording").asBoolean(false), optText(root, "licence"),
                optText(root, "snomed"), optText(root, "loinc"), items, scales, stem(root), optText(root, "safetyItem"));
    }

    /** The question before the items: the first item group's stem, if any. */
    private static String stem(JsonNode root) {
        for (JsonNode group : root.path("itemGroups")) {
            String s = optText(group, "stem");
            if (s != null) {
                return s;
            }
        }
        return null;
    }

    /** Expands a range list such as 1-6,10 into link ids; the word all means every item. */
    static List<String> ids(String spec, int itemCount) {
        List<String> out = new ArrayList<>();
        if (spec.isBlank()) {
            return out;
        }
        if (spec.equals("all")) {
            for (int i = 1; i <= itemCount; i++) {
                out.add(Integer.toString(i));
            }
            return out;
        }
        for (String part : spec.split(",")) {
            String[] ends = part.trim().split("-");
            int from = Integer.parseInt(ends[0].trim());
            int to = ends.length > 1 ? Integer.parseInt(ends[1].trim()) : from;
            for (int i = from; i <= to; i++) {
                out.add(Integer.toString(i));
            }
        }
        return out;
    }

    private static Set<Chime> chime(JsonNode array) {
        Set<Chime> set = EnumSet.noneOf(Chime.class);
        array.forEach(c -> set.add(Chime.valueOf(c.asString())));
        return set;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull() || v.asString().isBlank()) {
            throw new IllegalArgumentException("Missing " + field);
        }
        return v.asString();
    }

    private static String optText(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static BigDecimal decimal(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.decimalValue();
    }
}
