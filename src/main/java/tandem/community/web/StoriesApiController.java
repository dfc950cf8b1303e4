package tandem.community.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import tandem.community.Stories;
import tandem.community.Story;
import tandem.community.StoryCard;
import tandem.community.StoryDraft;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.shared.FieldProblem;
import tandem.shared.error.InvalidInputException;

/** Stories in the JSON API, as CONTRACT.md says under Community. Story text is given only as sanitised HTML, except to its author. */
@RestController
class StoriesApiController {

    record StoryIn(String title, String body, String visibility, String attribution, List<String> chime,
            List<String> contentNotes, Long version) {
        StoryDraft draft() {
            return new StoryDraft(title, body, visibility, attribution, contentNotes, chime);
        }
    }

    record Status(UUID id, String status) {
    }

    record Decision(String decision, String note) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StoryOut(UUID id, String title, String byline, String html, String status, String visibility,
            List<String> contentNotes, List<String> chime, Instant publishedAt, String body, String moderationNote,
            Long version) {
        static StoryOut of(Story s) {
            return new StoryOut(s.id(), s.title(), s.byline(), s.html(), s.status().name(), s.visibility().name(),
                    s.contentNotes().stream().map(Enum::name).toList(), s.chime().stream().map(Enum::name).toList(),
                    s.publishedAt(), s.body(), s.moderationNote(), s.version());
        }
    }

    record StorySummary(UUID id, String title, String byline, List<String> contentNotes, List<String> chime,
            Instant publishedAt) {
        static StorySummary of(StoryCard s) {
            return new StorySummary(s.id(), s.title(), s.byline(), s.contentNotes().stream().map(Enum::name).toList(),
                    s.chime().stream().map(Enum::name).toList(), s.publishedAt());
        }
    }

    record Page(List<StorySummary> items, int page, long total) {
    }

    private final CurrentUsers identity;
    private final Stories stories;

    StoriesApiController(CurrentUsers identity, Stories stories) {
        this.identity = identity;
        this.stories = stories;
    }

    @PostMapping("/api/v1/stories")
    ResponseEntity<Status> write(@RequestBody StoryIn in) {
        StoryCard card = stories.write(identity.require(), in.draft());
        return ResponseEntity.created(URI.create("/api/v1/stories/" + card.id())).body(new Status(card.id(), card.status().name()));
    }

    @GetMapping("/api/v1/stories")
    Page library(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String chime,
            @RequestParam(defaultValue = "0") int page) {
        var result = stories.library(identity.current().orElse(null), query, chime, page);
        return new Page(result.items().stream().map(StorySummary::of).toList(), result.page(), result.total());
    }

    @GetMapping("/api/v1/stories/{id}")
    StoryOut read(@PathVariable UUID id) {
        return StoryOut.of(stories.read(identity.current().orElse(null), id));
    }

    @PutMapping("/api/v1/stories/{id}")
    Status edit(@PathVariable UUID id, @RequestBody StoryIn in) {
        CurrentUser user = identity.require();
        stories.ownStory(user, id);
        if (in.version() == null) {
            throw new InvalidInputException(List.of(new FieldProblem("version", "Give the version you are changing")));
        }
        StoryCard card = stories.edit(user, id, in.draft(), in.version());
        return new Status(card.id(), card.status().name());
    }

    @DeleteMapping("/api/v1/stories/{id}")
    ResponseEntity<Void> withdraw(@PathVariable UUID id) {
        stories.withdraw(identity.require(), id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/stories/{id}/moderation")
    Status moderate(@PathVariable UUID id, @RequestBody Decision in) {
        StoryCard card = stories.moderate(identity.require(), id, in.decision(), in.note());
        return new Status(card.id(), card.status().name());
    }
}
