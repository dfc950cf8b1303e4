package tandem.change.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** What an evidence file is, judged by its content rather than its name, and the name it is kept under. */
final class EvidenceRules {

    private EvidenceRules() {
    }

    /** What the content of a file says it is: PDF, PNG, JPEG or UTF-8 text (no markup), else null. */
    static String sniff(byte[] b) {
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return "application/pdf";
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') {
            return "image/png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        if (b.length == 0) {
            return null;
        }
        for (byte x : b) {
            if (x == 0 || (x > 0 && x < 0x20 && x != '\n' && x != '\r' && x != '\t')) {
                return null;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(b));
            String text = new String(b, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
            return text.contains("<script") || text.contains("<html") || text.contains("<svg") ? null : "text/plain";
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** The file's name with anything but letters, digits, dots, spaces, dashes and underscores replaced; 200 characters at most. */
    static String safeName(String name) {
        String n = name == null || name.isBlank() ? "evidence" : name.replaceAll("[^A-Za-z0-9._ -]", "_");
        return n.length() > 200 ? n.substring(0, 200) : n;
    }
}
