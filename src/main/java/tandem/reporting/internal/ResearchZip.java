package tandem.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import tandem.reporting.ResearchExtracts;

/** The extract's ZIP: extract.csv (the rows as given) and data-dictionary.csv (what each column means). */
final class ResearchZip {

    static final List<String> COLUMNS = List.of("participant", "record", "item", "scale", "value", "scored", "band",
            "definition_version", "date", "source");

    private ResearchZip() {
    }

    static byte[] zip(List<List<String>> rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("extract.csv"));
            CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(zip, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
            for (List<String> r : rows) {
                csv.printRecord(r);
            }
            csv.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("data-dictionary.csv"));
            CSVPrinter dict = new CSVPrinter(new OutputStreamWriter(zip, StandardCharsets.UTF_8),
                    CSVFormat.DEFAULT.builder().setHeader("column", "meaning", "values").get());
            for (List<String> d : ResearchExtracts.DICTIONARY) {
                dict.printRecord(d);
            }
            dict.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return bytes.toByteArray();
    }
}
