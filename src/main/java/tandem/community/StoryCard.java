package tandem.community;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tandem.measures.scoring.Chime;

/** A story in a list: no text, so content notes can be read before choosing to open it. */
public record StoryCard(UUID id, String title, String byline, StoryStatus status, Visibility visibility,
        List<ContentNote> contentNotes, List<Chime> chime, Instant publishedAt, Instant updatedAt, String moderationNote) {
}
