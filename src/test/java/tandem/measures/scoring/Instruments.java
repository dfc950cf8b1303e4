package tandem.measures.scoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the shipped definitions for tests, exactly as the application reads them. */
final class Instruments {
    private Instruments() {
    }

    static Instrument load(String code) {
        try (var in = Instruments.class.getResourceAsStream("/measures/" + code + ".json")) {
            return InstrumentReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final String[] ALL = {"QPR15", "QPR22", "INSPIRE", "INSPIRE_BRIEF", "STAR_P", "STAR_C", "WEMWBS", "SWEMWBS",
            "REQOL10", "DIALOG", "GBO", "CHIME_CHECKIN", "BPRS", "HONOS", "PHQ9", "GAD7"};
}
