package tandem.recovery;

import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;

import tandem.recovery.PlanViews.CrisisPlan;

/** The wellness and crisis plan as a plain, printable PDF: headings and the person's words, nothing else. */
public final class CrisisPlanPdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private CrisisPlanPdf() {
    }

    public static byte[] render(String name, CrisisPlan plan, ZoneId zone) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(doc, out);
        doc.addTitle("Wellness and crisis plan: " + name);
        doc.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
        Font part = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 11);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 9);
        doc.add(new Paragraph("Wellness and crisis plan: " + name, title));
        doc.add(new Paragraph("Version " + plan.version() + ", written by " + plan.writtenBy() + " on "
                + DATE.format(plan.writtenAt().atZone(zone))
                + (plan.reviewDue() == null ? "" : ". To be reviewed by " + DATE.format(plan.reviewDue())) + ".", small));
        String currentPart = null;
        for (CrisisPlans.Section s : CrisisPlans.SECTIONS) {
            String text = plan.section(s.key());
            if (text.isBlank()) {
                continue;
            }
            if (!s.part().equals(currentPart)) {
                currentPart = s.part();
                Paragraph p = new Paragraph(currentPart, part);
                p.setSpacingBefore(14);
                doc.add(p);
            }
            Paragraph h = new Paragraph(s.title(), heading);
            h.setSpacingBefore(6);
            doc.add(h);
            doc.add(new Paragraph(text, body));
        }
        doc.add(Chunk.NEWLINE);
        doc.add(new Paragraph("These are the person's own words. Printed from Tandem.", small));
        doc.close();
        return out.toByteArray();
    }
}
