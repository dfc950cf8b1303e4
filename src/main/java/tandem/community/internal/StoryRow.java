package tandem.community.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tandem.community.Attribution;
import tandem.community.ContentNote;
import tandem.community.StoryStatus;
import tandem.community.Visibility;
import tandem.measures.scoring.Chime;

/** A row of the story table; the status, visibility, attribution, notes and tags are stored by their names. */
record StoryRow(UUID id, UUID authorAccount, UUID authorPersonId, UUID organisationId, StoryStatus status,
        Visibility visibility, Attribution attribution, String byline, String title, String body, List<ContentNote> contentNotes,
        List<Chime> chime, String moderationNote, Instant publishedAt, Instant updatedAt, long version) {
}
