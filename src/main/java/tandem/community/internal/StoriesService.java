package tandem.community.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.community.Stories;
import tandem.community.Story;
import tandem.community.StoryCard;
import tandem.community.StoryDraft;
import tandem.community.StoryStatus;
import tandem.community.Visibility;
import tandem.community.internal.StoryDrafts.Checked;
import tandem.identity.CurrentUser;
import tandem.shared.PageOf;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.TooManyRequestsException;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.TypedId;

/** The stories library over {@link StoryStore}: writing, reading and saving here, moderation in {@link StoryModeration}. */
@Service
class StoriesService implements Stories {

    private final StoryStore store;
    private final StoryModeration moderation;
    private final AuditLog audit;
    private final TandemClock clock;
    private final int storiesPerHour;

    StoriesService(StoryStore store, StoryModeration moderation, AuditLog audit, TandemClock clock,
            @Value("${tandem.community.stories-per-hour:5}") int storiesPerHour) {
        this.store = store;
        this.moderation = moderation;
        this.audit = audit;
        this.clock = clock;
        this.storiesPerHour = storiesPerHour;
    }

    @Transactional
    @Override
    public StoryCard write(CurrentUser user, StoryDraft draft) {
        Checked c = StoryDrafts.check(user, draft);
        rateLimit(user);
        Instant now = clock.now();
        StoryRow row = new StoryRow(UUID.randomUUID(), user.accountId().value(), TypedId.uuid(user.personId()),
                user.organisationId().value(), status(c), c.visibility(), c.attribution(), StoryDrafts.byline(user, c.attribution()),
                c.title(), c.body(), c.notes(), c.chime(), null, null, now, 0);
        store.insert(row);
        store.recordSubmission(user.accountId().value(), row.id(), now);
        audited(user, row, AuditAction.CREATE);
        return StoryViews.card(row);
    }

    @Transactional
    @Override
    public StoryCard edit(CurrentUser user, UUID id, StoryDraft draft, long version) {
        StoryRow current = own(user, id);
        Checked c = StoryDrafts.check(user, draft);
        rateLimit(user);
        Instant now = clock.now();
        StoryRow row = new StoryRow(id, current.authorAccount(), current.authorPersonId(), current.organisationId(), status(c),
                c.visibility(), c.attribution(), StoryDrafts.byline(user, c.attribution()), c.title(), c.body(), c.notes(),
                c.chime(), null, null, now, version + 1);
        if (!store.update(row, version)) {
            throw new ConflictException("version",
                    "This story was changed since you opened it, perhaps on another device. Open it again to see the latest version.");
        }
        store.recordSubmission(user.accountId().value(), id, now);
        audited(user, row, AuditAction.UPDATE);
        return StoryViews.card(row);
    }

    @Transactional
    @Override
    public void withdraw(CurrentUser user, UUID id) {
        StoryRow row = own(user, id);
        store.withdraw(id, clock.now());
        audited(user, row, AuditAction.DELETE);
    }

    @Transactional
    @Override
    public StoryCard moderate(CurrentUser user, UUID id, String decision, String note) {
        return moderation.moderate(user, id, decision, note);
    }

    @Transactional(readOnly = true)
    @Override
    public Story read(CurrentUser reader, UUID id) {
        StoryRow row = store.find(id).filter(r -> StoryAccess.readable(reader, r)).orElseThrow(() -> new NotFoundException("Story"));
        return StoryViews.story(reader, row);
    }

    @Transactional(readOnly = true)
    @Override
    public Story forModeration(CurrentUser moderator, UUID id) {
        return moderation.forModeration(moderator, id);
    }

    @Transactional(readOnly = true)
    @Override
    public PageOf<StoryCard> library(CurrentUser reader, String query, String chime, int page) {
        String c = chime == null || chime.isBlank() ? "" : StoryDrafts.chime(chime).name();
        String q = query == null ? "" : query.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        return store.readable(reader == null ? null : reader.organisationId().value(), q, c, Math.max(0, page), PAGE_SIZE)
                .map(StoryViews::card);
    }

    @Transactional(readOnly = true)
    @Override
    public List<StoryCard> mine(CurrentUser user) {
        return store.byAuthor(user.accountId().value()).stream().map(StoryViews::card).toList();
    }

    @Transactional(readOnly = true)
    @Override
    public List<StoryCard> queue(CurrentUser moderator) {
        return moderation.queue(moderator);
    }

    @Transactional
    @Override
    public void save(CurrentUser user, UUID id) {
        StoryRow row = store.find(id).filter(r -> StoryAccess.readable(user, r) && r.status() == StoryStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("Story"));
        if (user.personId() == null) {
            throw new ForbiddenException("Only people with a recovery plan in Tandem can save stories to it.");
        }
        store.save(TypedId.uuid(user.personId()), row.id());
    }

    @Transactional
    @Override
    public void unsave(CurrentUser user, UUID id) {
        if (user.personId() == null || !store.unsave(TypedId.uuid(user.personId()), id)) {
            throw new NotFoundException("Saved story");
        }
    }

    @Transactional(readOnly = true)
    @Override
    public boolean isSaved(CurrentUser user, UUID id) {
        return user != null && user.personId() != null && store.isSaved(TypedId.uuid(user.personId()), id);
    }

    @Transactional(readOnly = true)
    @Override
    public List<StoryCard> saved(CurrentUser user) {
        if (user.personId() == null) {
            return List.of();
        }
        return store.saved(TypedId.uuid(user.personId()), user.organisationId().value()).stream().map(StoryViews::card).toList();
    }

    @Transactional(readOnly = true)
    @Override
    public Story ownStory(CurrentUser user, UUID id) {
        return StoryViews.story(user, own(user, id));
    }

    /** The author's own story, not withdrawn; anyone else's is not found. */
    private StoryRow own(CurrentUser user, UUID id) {
        return store.find(id).filter(r -> r.authorAccount().equals(user.accountId().value()) && r.status() != StoryStatus.WITHDRAWN)
                .orElseThrow(() -> new NotFoundException("Story"));
    }

    /** A private story is kept as it is; any other waits for a moderator. */
    private static StoryStatus status(Checked c) {
        return c.visibility() == Visibility.PRIVATE ? StoryStatus.PRIVATE : StoryStatus.PENDING;
    }

    private void rateLimit(CurrentUser user) {
        if (store.submissionsSince(user.accountId().value(), clock.now().minus(Duration.ofHours(1))) >= storiesPerHour) {
            throw new TooManyRequestsException("You can send up to " + storiesPerHour
                    + " stories or changes an hour. Nothing was saved: keep a copy and try again later.");
        }
    }

    private void audited(CurrentUser user, StoryRow row, AuditAction action) {
        audit.record(new AuditEvent(user.username(), user.primaryRole().name(), OrganisationId.of(row.organisationId()), null,
                action, "story", row.id().toString(), false));
    }
}
