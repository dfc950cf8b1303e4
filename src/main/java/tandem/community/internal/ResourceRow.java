package tandem.community.internal;

import java.util.List;
import java.util.UUID;

import tandem.community.Topic;

/** A row of the resources library as stored: authors in order, topics by name. */
record ResourceRow(UUID id, String key, List<String> authors, int year, String title, String source, String url, String type,
        List<Topic> topics, String summary, long version) {
}
