package tandem.community.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A row of the story table. */
public record StoryRow(UUID id, UUID authorAccount, UUID authorPersonId, UUID organisationId, String status,
        String visibility, String attribution, String byline, String title, String body, List<String> contentNotes,
        List<String> chime, String moderationNote, Instant publishedAt, Instant updatedAt, long version) {
}
