package tandem.identity;

import java.util.List;

/**
 * A panel on a user's home page: a heading, a sentence, and links or lines of text. Modules
 * contribute panels only for features that exist and that the user may use.
 */
public record HomePanel(String title, String description, List<Line> lines, int order) {

    /** A line with an optional link. */
    public record Line(String text, String href) {
        public static Line text(String text) {
            return new Line(text, null);
        }

        public static Line link(String text, String href) {
            return new Line(text, href);
        }
    }
}
