package tandem.community.internal;

import java.util.Objects;

import tandem.community.Stories;
import tandem.community.StoryStatus;
import tandem.community.Visibility;
import tandem.identity.CurrentUser;

/** Who may read a story and who may moderate it, decided on the stored row. */
final class StoryAccess {

    private StoryAccess() {
    }

    /** The author reads their own story in any state but withdrawn; others a published one its visibility lets them see. */
    static boolean readable(CurrentUser reader, StoryRow r) {
        if (r.status() == StoryStatus.WITHDRAWN) {
            return false;
        }
        if (reader != null && r.authorAccount().equals(reader.accountId().value())) {
            return true;
        }
        if (r.status() != StoryStatus.PUBLISHED) {
            return false;
        }
        return r.visibility() == Visibility.PUBLIC || (r.visibility() == Visibility.ORGANISATION && reader != null
                && reader.organisationId() != null && reader.organisationId().value().equals(r.organisationId()));
    }

    /** Peer moderators of the story's organisation, or of a story whose author is outside any; never a private or withdrawn story. */
    static boolean moderatable(CurrentUser moderator, StoryRow r) {
        return Stories.isModerator(moderator) && r.status() != StoryStatus.WITHDRAWN && r.visibility() != Visibility.PRIVATE
                && (r.organisationId() == null || r.organisationId().equals(moderator.organisationId().value()));
    }

    /** Whether the reader wrote the story. */
    static boolean mine(CurrentUser reader, StoryRow r) {
        return reader != null && Objects.equals(reader.accountId().value(), r.authorAccount());
    }
}
