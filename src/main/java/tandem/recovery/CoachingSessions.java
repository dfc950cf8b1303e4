package tandem.recovery;

import java.util.List;
import java.util.UUID;

import tandem.identity.CurrentUser;
import tandem.recovery.PlanViews.Session;
import tandem.shared.ids.PersonId;

/**
 * Coaching and peer session notes. Workers write them, with the communication style they used and
 * the goals they worked on; the person reads every note and may add their own reflection. Peer
 * support workers write in everyday words: a gentle check names clinical terms, but never blocks.
 */
public interface CoachingSessions {

    int NOTES_MAX = 8000;

    /** A saved note and the words the gentle check noticed (empty when none). */
    record Saved(Session session, List<String> wording) {
    }

    List<Session> sessions(CurrentUser user, PersonId person);

    Saved write(CurrentUser user, PersonId person, String heldOn, String style, String notes, List<String> goalIds);

    /** The person's own reflection on a session. */
    void reflect(CurrentUser user, PersonId person, UUID session, String reflection);
}
