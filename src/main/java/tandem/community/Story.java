package tandem.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tandem.measures.scoring.Chime;

/**
 * A story as its reader sees it: {@code html} is the sanitised rendering of {@code body}. The
 * Markdown source, the moderation note and the version are filled in for the author only.
 */
public record Story(UUID id, String title, String byline, String html, StoryStatus status, Visibility visibility,
        Attribution attribution, List<ContentNote> contentNotes, List<Chime> chime, Instant publishedAt, Instant updatedAt,
        boolean mine, String body, String moderationNote, Long version) {
}
