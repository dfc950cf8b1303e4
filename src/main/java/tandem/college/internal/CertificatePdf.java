package tandem.college.internal;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

/** A certificate of attendance: name, course, term, sessions attended, trainers and date. No clinical information. */
final class CertificatePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CertificatePdf() {
    }

    public static byte[] render(String student, String course, String term, int present, int sessions, LocalDate on, List<String> trainers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4.rotate(), 72, 72, 72, 72);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Certificate of attendance: " + course);
        doc.open();
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 28);
        Font big = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 14);
        add(doc, "Recovery College", body, 0);
        add(doc, "Certificate of attendance", heading, 18);
        add(doc, "This is to certify that", body, 24);
        add(doc, student, big, 12);
        add(doc, "took part in", body, 12);
        add(doc, course, big, 12);
        add(doc, term + ", attending " + present + " of " + sessions + " sessions.", body, 12);
        if (!trainers.isEmpty()) {
            add(doc, "Trainers: " + String.join(", ", trainers), body, 24);
        }
        add(doc, DATE.format(on), body, 24);
        doc.close();
        return out.toByteArray();
    }

    private static void add(Document doc, String text, Font font, float before) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        p.setSpacingBefore(before);
        doc.add(p);
    }
}
