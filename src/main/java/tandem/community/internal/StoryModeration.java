package tandem.community.internal;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.community.Stories;
import tandem.community.Story;
import tandem.community.StoryCard;
import tandem.community.StoryStatus;
import tandem.identity.CurrentUser;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.TooManyRequestsException;
import tandem.shared.error.Validation;
import tandem.shared.ids.OrganisationId;

/**
 * Peer moderation of stories: the queue, a waiting story, and the decision. Called by
 * {@link StoriesService} inside its transactions; the access rules are {@link StoryAccess}'s.
 */
@Component
class StoryModeration {

    private final StoryStore store;
    private final AuditLog audit;
    private final TandemClock clock;
    private final int decisionsPerTenMinutes;

    StoryModeration(StoryStore store, AuditLog audit, TandemClock clock,
            @Value("${tandem.community.moderation-decisions-per-ten-minutes:60}") int decisionsPerTenMinutes) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.decisionsPerTenMinutes = decisionsPerTenMinutes;
    }

    StoryCard moderate(CurrentUser user, UUID id, String decision, String note) {
        StoryRow row = store.find(id).filter(r -> StoryAccess.moderatable(user, r)).orElseThrow(() -> new NotFoundException("Story"));
        if (row.authorAccount().equals(user.accountId().value())) {
            throw new ForbiddenException("You can't moderate your own story. Another moderator will look at it.");
        }
        Validation v = new Validation();
        String d = decision == null ? "" : decision.trim().toUpperCase();
        v.check(d.equals("PUBLISH") || d.equals("RETURN"), "decision", "Choose whether to publish the story or return it");
        String n = Validation.trimToNull(note);
        v.maxLength("note", n, "the note", Stories.NOTE_MAX);
        if (d.equals("RETURN") && n == null) {
            v.add("note", "Write a note for the author saying what to change");
        }
        v.throwIfInvalid();
        Decision decided = Decision.valueOf(d);
        if (row.status() != StoryStatus.PENDING) {
            throw new ConflictException("decision", "This story has already been decided, or its author changed it.");
        }
        if (store.decisionsSince(user.accountId().value(), clock.now().minus(Duration.ofMinutes(10))) >= decisionsPerTenMinutes) {
            throw new TooManyRequestsException("You have made " + decisionsPerTenMinutes
                    + " moderation decisions in the last 10 minutes. Take a break and try again in a few minutes.");
        }
        if (!store.moderate(id, user.accountId().value(), user.username(), decided, n, clock.now())) {
            throw new ConflictException("decision", "Another moderator decided this story a moment ago.");
        }
        StoryRow after = store.find(id).orElseThrow();
        // Not recorded against the author's person record: their access log must not tie them to an anonymous story.
        audit.record(new AuditEvent(user.username(), user.primaryRole().name(), OrganisationId.of(row.organisationId()), null,
                AuditAction.UPDATE, "story moderation: " + decided.name().toLowerCase(), id.toString(), false));
        return StoryViews.card(after);
    }

    Story forModeration(CurrentUser moderator, UUID id) {
        StoryRow row = store.find(id).filter(r -> StoryAccess.moderatable(moderator, r) && r.status() == StoryStatus.PENDING)
                .orElseThrow(() -> new NotFoundException("Story"));
        return StoryViews.story(moderator, row);
    }

    List<StoryCard> queue(CurrentUser moderator) {
        if (!Stories.isModerator(moderator)) {
            throw new NotFoundException("Page");
        }
        return store.pending(moderator.organisationId().value()).stream().map(StoryViews::card).toList();
    }
}
