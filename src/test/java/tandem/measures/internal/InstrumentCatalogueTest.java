package tandem.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
class InstrumentCatalogueTest {

    @Autowired
    InstrumentCatalogue catalogue;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aVersionStoredByAnotherNodeIsUsedWithinASecond() throws Exception {
        int current = catalogue.find("SWEMWBS").orElseThrow().version();
        // another node installs the next version, straight into the shared database
        jdbc.sql("""
                INSERT INTO instrument_definition (code, version, definition, source, title, wording, imported_by)
                SELECT code, version + 1, definition, 'IMPORTED', title, wording, 'another node' FROM instrument_definition
                WHERE code = 'SWEMWBS' AND version = :v
                """).param("v", current).update();
        try {
            long began = System.nanoTime();
            while (catalogue.find("SWEMWBS").orElseThrow().version() == current) {
                assertThat(System.nanoTime() - began).as("still the old version").isLessThan(InstrumentCatalogue.RECHECK.toNanos() + 500_000_000L);
                Thread.sleep(20);
            }
            assertThat(catalogue.find("SWEMWBS").orElseThrow().version()).isEqualTo(current + 1);
        } finally {
            jdbc.sql("DELETE FROM instrument_definition WHERE code = 'SWEMWBS' AND version = :v").param("v", current + 1).update();
            catalogue.newVersionStored("SWEMWBS");
        }
    }
}
