package tandem.community.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.community.Attribution;
import tandem.community.ContentNote;
import tandem.community.Stories;
import tandem.community.Story;
import tandem.community.StoryCard;
import tandem.community.StoryDraft;
import tandem.community.StoryStatus;
import tandem.community.Visibility;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.measures.scoring.Chime;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** The stories library in pages: reading (public), writing and withdrawing (authors), moderating (peers). */
@Controller
class StoriesPagesController {

    private final CurrentUsers identity;
    private final Stories stories;
    private final TandemClock clock;

    StoriesPagesController(CurrentUsers identity, Stories stories, TandemClock clock) {
        this.identity = identity;
        this.stories = stories;
        this.clock = clock;
    }

    @GetMapping("/stories")
    String library(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String chime,
            @RequestParam(defaultValue = "0") int page, Model model) {
        CurrentUser reader = identity.current().orElse(null);
        model.addAttribute("result", stories.library(reader, query, chime, page));
        model.addAttribute("query", query);
        model.addAttribute("chime", chime);
        model.addAttribute("chimes", Chime.values());
        model.addAttribute("zone", clock.zone());
        return "community/stories";
    }

    @GetMapping("/stories/{id}")
    String story(@PathVariable UUID id, Model model) {
        CurrentUser reader = identity.current().orElse(null);
        Story story = stories.read(reader, id);
        model.addAttribute("story", story);
        model.addAttribute("saved", stories.isSaved(reader, id));
        model.addAttribute("canSave", reader != null && reader.personId() != null && !story.mine()
                && story.status() == StoryStatus.PUBLISHED);
        model.addAttribute("zone", clock.zone());
        return "community/story";
    }

    @PostMapping("/stories/{id}/save")
    String save(@PathVariable UUID id, RedirectAttributes redirect) {
        stories.save(identity.require(), id);
        redirect.addFlashAttribute("flash", "Saved to your recovery plan. You'll find it under \"Stories I saved\" in My stories.");
        return "redirect:/stories/" + id;
    }

    @PostMapping("/me/stories/saved/{id}/remove")
    String unsave(@PathVariable UUID id, RedirectAttributes redirect) {
        stories.unsave(identity.require(), id);
        redirect.addFlashAttribute("flash", "Removed from the stories you saved.");
        return "redirect:/me/stories";
    }

    @GetMapping("/house-rules")
    String houseRules() {
        return "community/houseRules";
    }

    @GetMapping("/me/stories")
    String mine(Model model) {
        CurrentUser user = identity.require();
        model.addAttribute("stories", stories.mine(user));
        model.addAttribute("saved", stories.saved(user));
        model.addAttribute("hasPlan", user.personId() != null);
        model.addAttribute("zone", clock.zone());
        return "community/mine";
    }

    @GetMapping("/me/stories/new")
    String newStory(Model model) {
        identity.require();
        return form(model, new StoryFormView(null, new StoryDraft("", "", "", "", List.of(), List.of()), null), FormErrors.NONE);
    }

    @PostMapping("/me/stories")
    String write(@Valid @ModelAttribute("form") StoryForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        StoryDraft draft = form.draft();
        Optional<StoryCard> card = Forms.attempt(binding, () -> stories.write(user, draft));
        if (card.isEmpty()) {
            return form(model, new StoryFormView(null, draft, null), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", card.get().status() == StoryStatus.PRIVATE
                ? "Your story is saved. Only you can read it."
                : "Thank you. Your story is with the peer moderators; you'll see here when it is published.");
        return "redirect:/me/stories";
    }

    @GetMapping("/me/stories/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        Story s = stories.ownStory(identity.require(), id);
        StoryDraft draft = new StoryDraft(s.title(), s.body(), s.visibility().name(), s.attribution().name(),
                s.contentNotes().stream().map(Enum::name).toList(), s.chime().stream().map(Enum::name).toList());
        return form(model, new StoryFormView(id, draft, s.version()), FormErrors.NONE);
    }

    /** Only the author reaches their form: anyone else is answered 404 before it is looked at. */
    @PostMapping("/me/stories/{id}")
    String update(@PathVariable UUID id, @Valid @ModelAttribute("form") StoryForm form, BindingResult binding,
            @RequestParam(defaultValue = "-1") long version, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        stories.ownStory(user, id);
        StoryDraft draft = form.draft();
        Optional<StoryCard> card = Forms.attempt(binding, () -> stories.edit(user, id, draft, version));
        if (card.isEmpty()) {
            return form(model, new StoryFormView(id, draft, version), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", card.get().status() == StoryStatus.PRIVATE
                ? "Your changes are saved. Only you can read this story."
                : "Your changes are saved and have gone to the peer moderators. Until they publish it, others can't read it.");
        return "redirect:/me/stories";
    }

    @PostMapping("/me/stories/{id}/withdraw")
    String withdraw(@PathVariable UUID id, RedirectAttributes redirect) {
        stories.withdraw(identity.require(), id);
        redirect.addFlashAttribute("flash", "Your story is withdrawn. Its words are deleted from Tandem, and nobody can read it now.");
        return "redirect:/me/stories";
    }

    @GetMapping("/moderation")
    String queue(Model model) {
        model.addAttribute("stories", stories.queue(identity.require()));
        model.addAttribute("zone", clock.zone());
        return "community/queue";
    }

    @GetMapping("/moderation/{id}")
    String moderate(@PathVariable UUID id, Model model) {
        CurrentUser user = identity.require();
        if (!Stories.isModerator(user)) {
            throw new NotFoundException("Page");
        }
        return moderationPage(model, user, id, "", "", FormErrors.NONE);
    }

    @PostMapping("/moderation/{id}")
    String decide(@PathVariable UUID id, @RequestParam(defaultValue = "") String decision,
            @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        try {
            stories.moderate(user, id, decision, note);
        } catch (InvalidInputException e) {
            return moderationPage(model, user, id, decision, note, new FormErrors(e.problems()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:/moderation";
        }
        redirect.addFlashAttribute("flash", "PUBLISH".equalsIgnoreCase(decision.trim())
                ? "Published. Readers can see it now." : "Returned to the author with your note.");
        return "redirect:/moderation";
    }

    private String moderationPage(Model model, CurrentUser user, UUID id, String decision, String note, FormErrors errors) {
        model.addAttribute("story", stories.forModeration(user, id));
        model.addAttribute("decision", decision);
        model.addAttribute("note", note);
        model.addAttribute("errors", errors);
        return "community/moderate";
    }

    private String form(Model model, StoryFormView view, FormErrors errors) {
        model.addAttribute("view", view);
        model.addAttribute("errors", errors);
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("attributions", Attribution.values());
        model.addAttribute("notes", ContentNote.values());
        model.addAttribute("chimes", Chime.values());
        model.addAttribute("bodyMax", Stories.BODY_MAX);
        return "community/storyForm";
    }
}
