package tandem.community;

import java.util.List;
import java.util.UUID;

/** A reference in the resources library. {@code key} is stable, so other pages can link to it. */
public record Resource(UUID id, String key, List<String> authors, int year, String title, String source, String url,
        String type, List<Topic> topics, String summary, long version) {

    /** The authors then the year in brackets, as reference lists show them. */
    public String citation() {
        return String.join(", ", authors) + " (" + year + ")";
    }
}
