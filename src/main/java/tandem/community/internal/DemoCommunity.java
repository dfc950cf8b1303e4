package tandem.community.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.community.Attribution;
import tandem.community.ContentNote;
import tandem.community.GroupRole;
import tandem.community.StoryStatus;
import tandem.community.Visibility;
import tandem.identity.AccountSummary;
import tandem.identity.Accounts;
import tandem.measures.scoring.Chime;
import tandem.people.DemoOrganisationSeeded;
import tandem.shared.TandemClock;
import tandem.shared.ids.TypedId;

/**
 * Demo community: three peer-led groups with weekly or fortnightly meetings, and clearly
 * fictional stories in every state (published to anyone, published in the organisation, waiting
 * for a moderator, returned with a note, private, withdrawn).
 */
@Component
class DemoCommunity {

    private final GroupStore groups;
    private final StoryStore stories;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final TandemClock clock;

    DemoCommunity(GroupStore groups, StoryStore stories, Accounts accounts, TransactionTemplate tx, TandemClock clock) {
        this.groups = groups;
        this.stories = stories;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void onDemoSeeded(DemoOrganisationSeeded seeded) {
        tx.executeWithoutResult(status -> seed(seeded));
    }

    private void seed(DemoOrganisationSeeded seeded) {
        UUID org = seeded.organisationId().value();
        LocalDate start = clock.today().minusMonths(6);
        UUID hearingVoices = UUID.randomUUID();
        groups.insert(new GroupRow(hearingVoices, org, "Northside hearing voices group",
                "A place to talk about hearing voices, seeing visions or other unusual experiences, and to share what helps. "
                        + "You don't have to explain or label your experiences.",
                "Anyone who hears voices or has other unusual experiences. You don't need a diagnosis or a referral.",
                "Pat (peer support worker)", "Northside Community Centre, room 2, ground floor", null,
                "Step-free entrance and an accessible toilet. Hearing loop in room 2. Quiet room next door if you need a break.",
                2, LocalTime.of(18, 30), 90, 1, start, null, 0), "demo");
        UUID walking = UUID.randomUUID();
        groups.insert(new GroupRow(walking, org, "Saturday walk and talk",
                "A gentle walk round the park followed by tea. Being active and connecting with others, at your own pace.",
                "Anyone using our services, their supporters, and staff who want to join in. Come as you are.",
                "Jess (peer support worker)", "Meet at the park café by the main gate", null,
                "The route is flat and about 2 km, with benches on the way. The café has step-free access.",
                6, LocalTime.of(10, 0), 120, 1, start, null, 0), "demo");
        UUID online = UUID.randomUUID();
        groups.insert(new GroupRow(online, org, "Evening peer support online",
                "A fortnightly online group to share what has been hard and what has helped, with people who have been there.",
                "Adults who use mental health services, wherever they live in the area.",
                "Sam and Pat (peer facilitators)", null, "https://meet.example.org/tandem-evening-peer-support",
                "Captions are switched on. You can join by phone, keep your camera off, or write in the chat instead of talking.",
                4, LocalTime.of(19, 0), 60, 2, start, null, 0), "demo");

        AccountSummary alex = account("alex");
        AccountSummary jo = account("jo");
        AccountSummary pat = account("pat");
        AccountSummary jess = account("jess");
        groups.join(hearingVoices, alex.id().value(), GroupRole.WELCOMER);
        groups.join(walking, alex.id().value(), null);
        groups.join(walking, jo.id().value(), GroupRole.NOTE_TAKER);

        Instant now = clock.now();
        published(jess, "Jess M.", Attribution.INITIALS, Visibility.PUBLIC, "Small steps back to the allotment",
                "For two years I didn't go outside much. What helped was not a big plan but a small one: "
                        + "ten minutes at the allotment with a friend, twice a week.\n\n"
                        + "## What helped\n\n- A friend who didn't ask questions\n- Writing down *one* thing I'd done each day\n"
                        + "- Knowing I could stop at any time\n\nNow I grow beans. It isn't about the beans.",
                List.of(), List.of(Chime.HOPE, Chime.EMPOWERMENT), now.minus(Duration.ofDays(40)), pat);
        published(jo, "Anonymous", Attribution.ANONYMOUS, Visibility.PUBLIC, "Finding my voice in the hearing voices group",
                "The first time I went, I didn't say anything. Nobody minded. The third time, I said one sentence, "
                        + "and someone said \"me too\".\n\nI still hear voices. I also have friends who understand, "
                        + "and I'm learning which voices to listen to.",
                List.of(ContentNote.HOSPITAL), List.of(Chime.CONNECTEDNESS, Chime.IDENTITY), now.minus(Duration.ofDays(20)), pat);
        published(jess, "Jess Morley", Attribution.NAME, Visibility.ORGANISATION, "Why I became a peer support worker",
                "When I was in hospital, the person who helped most was another patient who told me it could get better, "
                        + "and showed me how she'd done it. I wanted to be that for someone.\n\n"
                        + "> Recovery is not about getting back to who you were.\n\nIt's about who you are becoming.",
                List.of(ContentNote.HOSPITAL, ContentNote.SELF_HARM), List.of(Chime.MEANING, Chime.HOPE),
                now.minus(Duration.ofDays(10)), pat);
        story(alex, "Alex M.", Attribution.INITIALS, Visibility.PUBLIC, StoryStatus.PENDING, "What the walking group gave me",
                "I joined the Saturday walk because my worker suggested it. I kept going because of the tea afterwards, "
                        + "and the people.", List.of(), List.of(Chime.CONNECTEDNESS), now.minus(Duration.ofDays(2)), null);
        story(jo, "J. P.", Attribution.INITIALS, Visibility.PUBLIC, StoryStatus.RETURNED, "My first year",
                "This story names my old ward and two nurses. I want to tell it anyway.", List.of(ContentNote.HOSPITAL),
                List.of(Chime.IDENTITY), now.minus(Duration.ofDays(6)),
                "Thank you for sharing this. Could you take out the ward and the nurses' names? Then we can publish it.");
        story(alex, "Alex M.", Attribution.INITIALS, Visibility.PRIVATE, StoryStatus.PRIVATE, "Notes to myself",
                "Things that help on a bad day: a shower, the radio, texting Robin.", List.of(), List.of(Chime.EMPOWERMENT),
                now.minus(Duration.ofDays(30)), null);
        UUID withdrawn = story(jo, "Anonymous", Attribution.ANONYMOUS, Visibility.PUBLIC, StoryStatus.PENDING,
                "A story I changed my mind about", "Draft text.", List.of(), List.of(), now.minus(Duration.ofDays(50)), null);
        stories.withdraw(withdrawn, now.minus(Duration.ofDays(49)));
    }

    private AccountSummary account(String username) {
        return accounts.byUsername(username).orElseThrow();
    }

    private void published(AccountSummary author, String byline, Attribution attribution, Visibility visibility, String title,
            String body, List<ContentNote> notes, List<Chime> chime, Instant at, AccountSummary moderator) {
        UUID id = story(author, byline, attribution, visibility, StoryStatus.PENDING, title, body, notes, chime,
                at.minus(Duration.ofDays(1)), null);
        stories.moderate(id, moderator.id().value(), moderator.username(), Decision.PUBLISH, null, at);
    }

    /** A demo story as written; a RETURNED one is written waiting, then returned by Pat with the note. */
    private UUID story(AccountSummary author, String byline, Attribution attribution, Visibility visibility, StoryStatus status,
            String title, String body, List<ContentNote> notes, List<Chime> chime, Instant at, String returnNote) {
        UUID id = UUID.randomUUID();
        stories.insert(new StoryRow(id, author.id().value(), TypedId.uuid(author.personId()), author.organisationId().value(),
                status == StoryStatus.RETURNED ? StoryStatus.PENDING : status, visibility, attribution, byline, title, body,
                notes, chime, null, null, at, 0));
        if (status == StoryStatus.RETURNED) {
            stories.moderate(id, account("pat").id().value(), "pat", Decision.RETURN, returnNote, at.plus(Duration.ofHours(3)));
        }
        return id;
    }
}
