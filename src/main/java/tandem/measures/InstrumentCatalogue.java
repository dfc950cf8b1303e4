package tandem.measures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import tandem.measures.scoring.Instrument;
import tandem.measures.scoring.InstrumentReader;

/** The instruments Tandem ships, read from {@code classpath:measures/*.json} at start-up. */
@Component
public class InstrumentCatalogue {

    /** An instrument and the JSON it was read from (stored with every version used). */
    public record Entry(Instrument instrument, String json) {
    }

    private final Map<String, Entry> byCode = new LinkedHashMap<>();

    InstrumentCatalogue() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:measures/*.json");
            for (Resource r : resources) {
                String json = r.getContentAsString(StandardCharsets.UTF_8);
                Instrument instrument = InstrumentReader.read(json);
                byCode.put(instrument.code(), new Entry(instrument, json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Instrument> all() {
        return byCode.values().stream().map(Entry::instrument).sorted(Comparator.comparing(Instrument::code)).toList();
    }

    public Optional<Instrument> find(String code) {
        return Optional.ofNullable(code == null ? null : byCode.get(code)).map(Entry::instrument);
    }

    public List<Entry> entries() {
        return List.copyOf(byCode.values());
    }
}
