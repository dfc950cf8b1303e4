package tandem.community.web;

import java.util.UUID;

import tandem.community.StoryDraft;

/** What the story form shows: the draft as typed, and the version being edited (both null for a new story). */
public record StoryFormView(UUID id, StoryDraft draft, Long version) {
}
