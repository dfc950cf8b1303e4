package tandem.community;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.community.internal.SafeMarkdown;
import tandem.community.internal.StoryRow;
import tandem.community.internal.StoryStore;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.measures.scoring.Chime;
import tandem.shared.Enums;
import tandem.shared.PageOf;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.TooManyRequestsException;
import tandem.shared.error.Validation;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.TypedId;

/**
 * The stories library. The author decides who may read their story and how they are named, can
 * edit it (it goes back to moderation) and can withdraw it at any moment: the words are deleted at
 * once, so no page, search or saved link can show them again. Stories other than private ones are
 * published only by a peer moderator (a peer support worker or an administrator), never their own.
 */
@Service
public class Stories {

    public static final int TITLE_MAX = 120;
    public static final int BODY_MAX = 20_000;
    public static final int NOTE_MAX = 2_000;
    public static final int PAGE_SIZE = 20;

    private final StoryStore store;
    private final AuditLog audit;
    private final TandemClock clock;
    private final int storiesPerHour;
    private final int decisionsPerTenMinutes;

    Stories(StoryStore store, AuditLog audit, TandemClock clock,
            @Value("${tandem.community.stories-per-hour:5}") int storiesPerHour,
            @Value("${tandem.community.moderation-decisions-per-ten-minutes:60}") int decisionsPerTenMinutes) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.storiesPerHour = storiesPerHour;
        this.decisionsPerTenMinutes = decisionsPerTenMinutes;
    }

    public static boolean isModerator(CurrentUser user) {
        return user != null && (user.has(Role.PEER_SUPPORT_WORKER) || user.has(Role.ADMIN));
    }

    /** Checks a draft and submits it: private stories are kept as they are, others wait for a moderator. */
    @Transactional
    public StoryCard write(CurrentUser user, StoryDraft draft) {
        Checked c = check(user, draft);
        rateLimit(user);
        Instant now = clock.now();
        StoryRow row = new StoryRow(UUID.randomUUID(), user.accountId().value(), TypedId.uuid(user.personId()), user.organisationId().value(),
                c.visibility == Visibility.PRIVATE ? "PRIVATE" : "PENDING", c.visibility.name(), c.attribution.name(),
                byline(user, c.attribution), c.title, c.body, c.notes, c.chime, null, null, now, 0);
        store.insert(row);
        store.recordSubmission(user.accountId().value(), row.id(), now);
        audited(user, row, AuditAction.CREATE);
        return card(row);
    }

    /** The author's edit of the version they opened; it goes back to the moderators unless private. */
    @Transactional
    public StoryCard edit(CurrentUser user, UUID id, StoryDraft draft, long version) {
        StoryRow current = own(user, id);
        Checked c = check(user, draft);
        rateLimit(user);
        Instant now = clock.now();
        StoryRow row = new StoryRow(id, current.authorAccount(), current.authorPersonId(), current.organisationId(),
                c.visibility == Visibility.PRIVATE ? "PRIVATE" : "PENDING", c.visibility.name(), c.attribution.name(),
                byline(user, c.attribution), c.title, c.body, c.notes, c.chime, null, null, now, version + 1);
        if (!store.update(row, version)) {
            throw new ConflictException("version",
                    "This story was changed since you opened it, perhaps on another device. Open it again to see the latest version.");
        }
        store.recordSubmission(user.accountId().value(), id, now);
        audited(user, row, AuditAction.UPDATE);
        return card(row);
    }

    /** Withdraws the author's story everywhere, at once. */
    @Transactional
    public void withdraw(CurrentUser user, UUID id) {
        StoryRow row = own(user, id);
        store.withdraw(id, clock.now());
        audited(user, row, AuditAction.DELETE);
    }

    /** A moderator's decision on a waiting story; returning it needs a note for the author. */
    @Transactional
    public StoryCard moderate(CurrentUser user, UUID id, String decision, String note) {
        StoryRow row = store.find(id).filter(r -> moderatable(user, r)).orElseThrow(() -> new NotFoundException("Story"));
        if (row.authorAccount().equals(user.accountId().value())) {
            throw new ForbiddenException("You can't moderate your own story. Another moderator will look at it.");
        }
        Validation v = new Validation();
        String d = decision == null ? "" : decision.trim().toUpperCase();
        v.check(d.equals("PUBLISH") || d.equals("RETURN"), "decision", "Choose whether to publish the story or return it");
        String n = Validation.trimToNull(note);
        v.maxLength("note", n, "the note", NOTE_MAX);
        if (d.equals("RETURN") && n == null) {
            v.add("note", "Write a note for the author saying what to change");
        }
        v.throwIfInvalid();
        if (!"PENDING".equals(row.status())) {
            throw new ConflictException("decision", "This story has already been decided, or its author changed it.");
        }
        if (store.decisionsSince(user.accountId().value(), clock.now().minus(Duration.ofMinutes(10))) >= decisionsPerTenMinutes) {
            throw new TooManyRequestsException("You have made " + decisionsPerTenMinutes
                    + " moderation decisions in the last 10 minutes. Take a break and try again in a few minutes.");
        }
        if (!store.moderate(id, user.accountId().value(), user.username(), d, n, clock.now())) {
            throw new ConflictException("decision", "Another moderator decided this story a moment ago.");
        }
        StoryRow after = store.find(id).orElseThrow();
        // Not recorded against the author's person record: their access log must not tie them to an anonymous story.
        audit.record(new AuditEvent(user.username(), user.primaryRole().name(), OrganisationId.of(row.organisationId()), null,
                AuditAction.UPDATE, "story moderation: " + d.toLowerCase(), id.toString(), false));
        return card(after);
    }

    /** A story for its reader: 404 for anything they may not read, including withdrawn stories. */
    @Transactional(readOnly = true)
    public Story read(CurrentUser reader, UUID id) {
        StoryRow row = store.find(id).filter(r -> readable(reader, r)).orElseThrow(() -> new NotFoundException("Story"));
        return story(reader, row);
    }

    /** A waiting story for a moderator who may decide it. */
    @Transactional(readOnly = true)
    public Story forModeration(CurrentUser moderator, UUID id) {
        StoryRow row = store.find(id).filter(r -> moderatable(moderator, r) && "PENDING".equals(r.status()))
                .orElseThrow(() -> new NotFoundException("Story"));
        return story(moderator, row);
    }

    @Transactional(readOnly = true)
    public PageOf<StoryCard> library(CurrentUser reader, String query, String chime, int page) {
        String c = chime == null || chime.isBlank() ? "" : parseChime(chime);
        String q = query == null ? "" : query.strip();
        if (q.length() > 100) {
            q = q.substring(0, 100);
        }
        return store.readable(reader == null ? null : reader.organisationId().value(), q, c, Math.max(0, page), PAGE_SIZE)
                .map(Stories::card);
    }

    @Transactional(readOnly = true)
    public List<StoryCard> mine(CurrentUser user) {
        return store.byAuthor(user.accountId().value()).stream().map(Stories::card).toList();
    }

    @Transactional(readOnly = true)
    public List<StoryCard> queue(CurrentUser moderator) {
        if (!isModerator(moderator)) {
            throw new NotFoundException("Page");
        }
        return store.pending(moderator.organisationId().value()).stream().map(Stories::card).toList();
    }

    /** Saves a link to a story the person can read into their recovery plan. */
    @Transactional
    public void save(CurrentUser user, UUID id) {
        StoryRow row = store.find(id).filter(r -> readable(user, r) && "PUBLISHED".equals(r.status()))
                .orElseThrow(() -> new NotFoundException("Story"));
        if (user.personId() == null) {
            throw new ForbiddenException("Only people with a recovery plan in Tandem can save stories to it.");
        }
        store.save(TypedId.uuid(user.personId()), row.id());
    }

    @Transactional
    public void unsave(CurrentUser user, UUID id) {
        if (user.personId() == null || !store.unsave(TypedId.uuid(user.personId()), id)) {
            throw new NotFoundException("Saved story");
        }
    }

    @Transactional(readOnly = true)
    public boolean isSaved(CurrentUser user, UUID id) {
        return user != null && user.personId() != null && store.isSaved(TypedId.uuid(user.personId()), id);
    }

    @Transactional(readOnly = true)
    public List<StoryCard> saved(CurrentUser user) {
        if (user.personId() == null) {
            return List.of();
        }
        return store.saved(TypedId.uuid(user.personId()), user.organisationId().value()).stream().map(Stories::card).toList();
    }

    /** The author's own story, for editing: 404 for anyone else's and for withdrawn ones. */
    @Transactional(readOnly = true)
    public Story ownStory(CurrentUser user, UUID id) {
        return story(user, own(user, id));
    }

    // -----------------------------------------------------------------------------------------

    private StoryRow own(CurrentUser user, UUID id) {
        return store.find(id).filter(r -> r.authorAccount().equals(user.accountId().value()) && !"WITHDRAWN".equals(r.status()))
                .orElseThrow(() -> new NotFoundException("Story"));
    }

    private static boolean readable(CurrentUser reader, StoryRow r) {
        if ("WITHDRAWN".equals(r.status())) {
            return false;
        }
        if (reader != null && r.authorAccount().equals(reader.accountId().value())) {
            return true;
        }
        if (!"PUBLISHED".equals(r.status())) {
            return false;
        }
        return "PUBLIC".equals(r.visibility()) || ("ORGANISATION".equals(r.visibility()) && reader != null
                && reader.organisationId() != null && reader.organisationId().value().equals(r.organisationId()));
    }

    private static boolean moderatable(CurrentUser moderator, StoryRow r) {
        return isModerator(moderator) && !"WITHDRAWN".equals(r.status()) && !"PRIVATE".equals(r.visibility())
                && (r.organisationId() == null || r.organisationId().equals(moderator.organisationId().value()));
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

    private record Checked(String title, String body, Visibility visibility, Attribution attribution, List<String> notes,
            List<String> chime) {
    }

    private static Checked check(CurrentUser user, StoryDraft d) {
        Validation v = new Validation();
        // PostgreSQL text cannot hold NUL characters; they carry no meaning in a story.
        String title = d.title() == null ? null : d.title().replace("\u0000", "").strip();
        v.required("title", title, "a title", TITLE_MAX);
        if (title != null && (title.contains("<") || title.contains(">"))) {
            v.add("title", "The title can't contain the characters < or >");
        }
        String body = d.body() == null ? null : d.body().replace("\u0000", "").strip();
        if (body == null || body.isEmpty()) {
            v.add("body", "Write your story");
        } else if (body.length() > BODY_MAX) {
            v.add("body", "Your story must be " + String.format("%,d", BODY_MAX) + " characters or fewer (it has "
                    + String.format("%,d", body.length()) + "). You could split it into parts.");
        }
        Visibility visibility = Enums.parse(Visibility.class, d.visibility());
        if (visibility == null) {
            v.add("visibility", "Choose who may read your story");
        } else if (visibility == Visibility.ORGANISATION && user.organisationId() == null) {
            v.add("visibility", "You are not part of an organisation in Tandem: choose anyone or only me");
        }
        Attribution attribution = Enums.parse(Attribution.class, d.attribution());
        v.check(attribution != null, "attribution", "Choose how you are named");
        Set<String> notes = new LinkedHashSet<>();
        for (String n : d.contentNotes()) {
            ContentNote note = Enums.parse(ContentNote.class, n);
            if (note == null) {
                v.add("contentNotes", "Choose content notes from the list");
                break;
            }
            notes.add(note.name());
        }
        Set<String> chime = new LinkedHashSet<>();
        for (String c : d.chime()) {
            Chime tag = Enums.parse(Chime.class, c);
            if (tag == null) {
                v.add("chime", "CHIME tags are CONNECTEDNESS, HOPE, IDENTITY, MEANING or EMPOWERMENT");
                break;
            }
            chime.add(tag.name());
        }
        v.throwIfInvalid();
        return new Checked(title, body, visibility, attribution, List.copyOf(notes), List.copyOf(chime));
    }

    private static String parseChime(String chime) {
        Chime c = Enums.parse(Chime.class, chime);
        if (c == null) {
            throw new InvalidInputException(List.of(new tandem.shared.FieldProblem("chime",
                    "CHIME tags are CONNECTEDNESS, HOPE, IDENTITY, MEANING or EMPOWERMENT")));
        }
        return c.name();
    }

    /** The full name, the initials or the word Anonymous, fixed when the story is submitted. */
    static String byline(CurrentUser user, Attribution attribution) {
        return switch (attribution) {
            case NAME -> user.displayName();
            case INITIALS -> initials(user.displayName());
            case ANONYMOUS -> "Anonymous";
        };
    }

    static String initials(String name) {
        List<String> parts = new ArrayList<>();
        for (String word : name.strip().split("\\s+")) {
            if (!word.isEmpty()) {
                parts.add(word.substring(0, 1).toUpperCase() + ".");
            }
        }
        return parts.isEmpty() ? "Anonymous" : String.join(" ", parts);
    }

    private static StoryCard card(StoryRow r) {
        return new StoryCard(r.id(), r.title(), r.byline(), StoryStatus.valueOf(r.status()), Visibility.valueOf(r.visibility()),
                notes(r), chime(r), r.publishedAt(), r.updatedAt(), r.moderationNote());
    }

    private static Story story(CurrentUser reader, StoryRow r) {
        boolean mine = reader != null && Objects.equals(reader.accountId().value(), r.authorAccount());
        return new Story(r.id(), r.title(), r.byline(), SafeMarkdown.render(r.body()), StoryStatus.valueOf(r.status()),
                Visibility.valueOf(r.visibility()), Attribution.valueOf(r.attribution()), notes(r), chime(r), r.publishedAt(),
                r.updatedAt(), mine, mine ? r.body() : null, mine ? r.moderationNote() : null, mine ? r.version() : null);
    }

    private static List<ContentNote> notes(StoryRow r) {
        return r.contentNotes().stream().map(ContentNote::valueOf).toList();
    }

    private static List<Chime> chime(StoryRow r) {
        return r.chime().stream().map(Chime::valueOf).toList();
    }
}
