package tandem.community;

import java.util.List;

/** A reference as typed into the administrator's form; authors one per line. */
public record ResourceForm(String key, String authors, String year, String title, String source, String url, String type,
        List<String> topics, String summary, String version) {

    /** A field the page did not send is empty, as an empty field would be. */
    public ResourceForm {
        key = key == null ? "" : key;
        authors = authors == null ? "" : authors;
        year = year == null ? "" : year;
        title = title == null ? "" : title;
        source = source == null ? "" : source;
        url = url == null ? "" : url;
        type = type == null ? "" : type;
        topics = topics == null ? List.of() : List.copyOf(topics);
        summary = summary == null ? "" : summary;
        version = version == null ? "" : version;
    }

    /** The same form with the key and the version given (from the address, or 0 for a new reference). */
    public ResourceForm with(String key, String version) {
        return new ResourceForm(key, authors, year, title, source, url, type, topics, summary, version);
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
