package tandem.community;

import java.util.List;

/** A reference as typed into the administrator's form; authors one per line. */
public record ResourceForm(String key, String authors, String year, String title, String source, String url, String type,
        List<String> topics, String summary, String version) {

    public ResourceForm {
        topics = topics == null ? List.of() : List.copyOf(topics);
    }

    public static ResourceForm empty() {
        return new ResourceForm("", "", "", "", "", "", "ARTICLE", List.of(), "", "0");
    }

    public static ResourceForm of(Resource r) {
        return new ResourceForm(r.key(), String.join("\n", r.authors()), String.valueOf(r.year()), r.title(), r.source(),
                r.url() == null ? "" : r.url(), r.type(), r.topics().stream().map(Enum::name).toList(),
                r.summary() == null ? "" : r.summary(), String.valueOf(r.version()));
    }
}
