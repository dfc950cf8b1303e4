package tandem.recovery.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The plan's jsonb columns: maps of text, in a stable order. */
final class Json {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    static Map<String, String> textMap(String json) {
        return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, String>>() { });
    }

    static Map<String, Map<String, String>> nestedMap(String json) {
        return MAPPER.readValue(json, new TypeReference<LinkedHashMap<String, Map<String, String>>>() { });
    }
}
