package tandem.community.internal;

import tandem.community.Story;
import tandem.community.StoryCard;
import tandem.identity.CurrentUser;

/** A stored story as a reader sees it: the text only as sanitised HTML, the Markdown and note only for its author. */
final class StoryViews {

    private StoryViews() {
    }

    static StoryCard card(StoryRow r) {
        return new StoryCard(r.id(), r.title(), r.byline(), r.status(), r.visibility(), r.contentNotes(), r.chime(),
                r.publishedAt(), r.updatedAt(), r.moderationNote());
    }

    static Story story(CurrentUser reader, StoryRow r) {
        boolean mine = StoryAccess.mine(reader, r);
        return new Story(r.id(), r.title(), r.byline(), SafeMarkdown.render(r.body()), r.status(), r.visibility(),
                r.attribution(), r.contentNotes(), r.chime(), r.publishedAt(), r.updatedAt(), mine, mine ? r.body() : null,
                mine ? r.moderationNote() : null, mine ? r.version() : null);
    }
}
