package tandem.measures.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import tandem.measures.scoring.Instrument;
import tandem.measures.scoring.InstrumentReader;
import tandem.measures.scoring.Item;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The instruments in use: Tandem's shipped definitions ({@code classpath:measures/*.json}) and any
 * newer version a service has imported (for example with its licensed wording). The current
 * version of an instrument is the newest in the database, so every app node agrees: a node asks
 * the database again at most {@link #RECHECK} after it last asked, and the node that installs a
 * version uses it as soon as it is committed.
 */
@Component
class InstrumentCatalogue {

    /** An instrument and the definition JSON it was read from. */
    record Entry(Instrument instrument, String json) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Entry> shipped = new LinkedHashMap<>();
    private final Map<String, Instrument> versions = new ConcurrentHashMap<>();
    /** The newest stored version of an instrument (0: none stored) and when it was read, in System.nanoTime(). */
    private record Newest(int version, long readAt) {
    }

    private final Map<String, Newest> newest = new ConcurrentHashMap<>();
    private final JdbcClient jdbc;

    /** How long a node goes on using the newest version it has read before reading it again. */
    static final Duration RECHECK = Duration.ofSeconds(1);

    InstrumentCatalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:measures/*.json");
            for (Resource r : resources) {
                String json = r.getContentAsString(StandardCharsets.UTF_8);
                Instrument instrument = InstrumentReader.read(json);
                shipped.put(instrument.code(), new Entry(instrument, json));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every instrument, current versions, by code. */
    public List<Instrument> all() {
        List<Map.Entry<String, Integer>> current = jdbc.sql(
                "SELECT code, max(version) AS version FROM instrument_definition GROUP BY code ORDER BY code")
                .query((rs, n) -> Map.entry(rs.getString("code"), rs.getInt("version"))).list();
        if (current.isEmpty()) {
            return shipped.values().stream().map(Entry::instrument)
                    .sorted(java.util.Comparator.comparing(Instrument::code)).toList();
        }
        return current.stream().map(e -> find(e.getKey(), e.getValue())).flatMap(Optional::stream).toList();
    }

    /** The current version of an instrument. */
    public Optional<Instrument> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        long now = System.nanoTime();
        Newest known = newest.get(code);
        int version;
        if (known != null && now - known.readAt() < RECHECK.toNanos()) {
            version = known.version();
        } else {
            Integer latest = jdbc.sql("SELECT max(version) FROM instrument_definition WHERE code = :c").param("c", code)
                    .query(Integer.class).optional().orElse(null);
            version = latest == null ? 0 : latest;
            if (latest != null || shipped.containsKey(code)) { // unknown codes are not remembered
                newest.put(code, new Newest(version, now));
            }
        }
        if (version == 0) {
            return Optional.ofNullable(shipped.get(code)).map(Entry::instrument);
        }
        return find(code, version);
    }

    /** Forgets the newest version read for {@code code}, once the current transaction (if any) commits: a new one was stored. */
    public void newVersionStored(String code) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    newest.remove(code);
                }
            });
        } else {
            newest.remove(code);
        }
    }

    /** A given version of an instrument (stored responses keep the version they were scored with). */
    public Optional<Instrument> find(String code, int version) {
        Entry s = shipped.get(code);
        if (s != null && s.instrument().version() == version) {
            return Optional.of(s.instrument());
        }
        String key = code + ":" + version;
        Instrument cached = versions.get(key);
        if (cached != null) {
            return Optional.of(cached);
        }
        return jdbc.sql("SELECT definition, title, wording FROM instrument_definition WHERE code = :c AND version = :v")
                .param("c", code).param("v", version)
                .query((rs, n) -> withWording(InstrumentReader.read(rs.getString("definition")), version, rs.getString("title"),
                        rs.getString("wording")))
                .optional().map(i -> {
                    versions.put(key, i);
                    return i;
                });
    }

    public List<Entry> shippedEntries() {
        return List.copyOf(shipped.values());
    }

    /** The definition JSON of the current version (exported inside the FHIR Questionnaire). */
    public Optional<String> definitionJson(String code) {
        return jdbc.sql("SELECT definition FROM instrument_definition WHERE code = :c ORDER BY version DESC LIMIT 1")
                .param("c", code).query(String.class).optional()
                .or(() -> Optional.ofNullable(shipped.get(code)).map(Entry::json));
    }

    static Instrument withWording(Instrument base, int version, String title, String wordingJson) {
        Map<String, String> texts = wordingJson == null ? Map.of()
                : JSON.readValue(wordingJson, new TypeReference<Map<String, String>>() {
                });
        List<Item> items = base.items().stream().map(it -> it.withText(texts.getOrDefault(it.linkId(), it.text()))).toList();
        return base.withItems(title == null ? base.title() : title, version, items);
    }

    static String wordingJson(Instrument instrument) {
        Map<String, String> texts = new LinkedHashMap<>();
        instrument.items().forEach(i -> {
            if (i.text() != null) {
                texts.put(i.linkId(), i.text());
            }
        });
        return JSON.writeValueAsString(texts);
    }
}
