package tandem.community;

import java.util.List;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.PageOf;

/**
 * The stories library. The author decides who may read their story and how they are named, can
 * edit it (it goes back to moderation) and can withdraw it at any moment: the words are deleted at
 * once, so no page, search or saved link can show them again. Stories other than private ones are
 * published only by a peer moderator (a peer support worker or an administrator), never their own.
 * A story someone may not read is answered {@code NotFoundException} ("Story"), so that nobody learns
 * that it exists.
 */
public interface Stories {

    /** The longest title, in characters. */
    int TITLE_MAX = 120;
    /** The longest story, in characters. */
    int BODY_MAX = 20_000;
    /** The longest moderation note, in characters. */
    int NOTE_MAX = 2_000;
    /** Stories on a page of the library. */
    int PAGE_SIZE = 20;

    /** Peer moderators: peer support workers and administrators. False for nobody signed in. */
    static boolean isModerator(CurrentUser user) {
        return user != null && (user.has(Role.PEER_SUPPORT_WORKER) || user.has(Role.ADMIN));
    }

    /**
     * Checks a draft and submits it: a private story is kept as it is, any other waits for a
     * moderator. Any signed-in user. Refuses every problem with the draft together
     * ({@code InvalidInputException}: title, body, visibility, attribution, content notes, CHIME
     * tags), and more stories or changes an hour than allowed ({@code TooManyRequestsException});
     * nothing is saved then. Audited, not on the author's person record.
     */
    StoryCard write(CurrentUser user, StoryDraft draft);

    /**
     * The author's edit of the version they opened; it goes back to the moderators unless private.
     * The author only: anyone else's story and a withdrawn one are {@code NotFoundException}. Refuses
     * the draft as {@link #write} does, and a version changed since ({@code ConflictException} on
     * "version"). Audited.
     */
    StoryCard edit(CurrentUser user, UUID id, StoryDraft draft, long version);

    /**
     * Withdraws the author's story everywhere, at once: its words and the links people saved to it
     * are deleted. The author only ({@code NotFoundException} for anyone else, and for a story
     * withdrawn already). Audited.
     */
    void withdraw(CurrentUser user, UUID id);

    /**
     * A moderator's decision on a waiting story: {@code decision} PUBLISH or RETURN; returning it
     * needs a note for the author. Peer moderators of the story's organisation (or of a story whose
     * author is outside any organisation) only; anyone else, a private or a withdrawn story, is
     * {@code NotFoundException}. Refuses the moderator's own story ({@code ForbiddenException}), a bad
     * decision or note ({@code InvalidInputException}), a story decided already or decided by another
     * moderator a moment ago ({@code ConflictException} on "decision"), and more decisions in ten
     * minutes than allowed ({@code TooManyRequestsException}). Audited, not on the author's person record.
     */
    StoryCard moderate(CurrentUser user, UUID id, String decision, String note);

    /**
     * A story for its reader ({@code reader} null when not signed in): the author reads their own in
     * any state but withdrawn; others read a published story whose visibility lets them. Anything
     * else, withdrawn stories included, is {@code NotFoundException}.
     */
    Story read(CurrentUser reader, UUID id);

    /**
     * A waiting story for a moderator who may decide it (see {@link #moderate}); anyone else, and a
     * story that is not waiting, is {@code NotFoundException}.
     */
    Story forModeration(CurrentUser moderator, UUID id);

    /**
     * A page of the published stories the reader may see (public ones, and their organisation's when
     * signed in), newest first, matching {@code query} in the title or text and the CHIME tag
     * {@code chime} (both blank for all). Anyone; a tag that is not a CHIME tag is {@code InvalidInputException}.
     */
    PageOf<StoryCard> library(CurrentUser reader, String query, String chime, int page);

    /** The signed-in user's own stories, withdrawn ones left out, last changed first. Refuses nothing. */
    List<StoryCard> mine(CurrentUser user);

    /**
     * The stories waiting that the moderator may decide, oldest first. Peer moderators only
     * ({@code NotFoundException} "Page" for anyone else, as if the queue did not exist).
     */
    List<StoryCard> queue(CurrentUser moderator);

    /**
     * Saves a link to a published story the person can read into their recovery plan. A story they
     * may not read is {@code NotFoundException}; a user without a recovery plan (no person record) is
     * {@code ForbiddenException}.
     */
    void save(CurrentUser user, UUID id);

    /** Removes a saved link; a link the person has not saved, or a user without a person record, is {@code NotFoundException}. */
    void unsave(CurrentUser user, UUID id);

    /** Whether the person saved a link to this story; false for nobody signed in. Refuses nothing. */
    boolean isSaved(CurrentUser user, UUID id);

    /**
     * The stories the person saved that they can still read (one made private, returned or withdrawn
     * drops out), last saved first; empty for a user without a person record. Refuses nothing.
     */
    List<StoryCard> saved(CurrentUser user);

    /**
     * The author's own story, with its Markdown and version, for editing. The author only: anyone
     * else's, and a withdrawn one, is {@code NotFoundException}.
     */
    Story ownStory(CurrentUser user, UUID id);
}
