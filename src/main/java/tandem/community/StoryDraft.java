package tandem.community;

import java.util.List;

/** What an author submits; every field is checked, and all problems are reported together. */
public record StoryDraft(String title, String body, String visibility, String attribution, List<String> contentNotes,
        List<String> chime) {

    public StoryDraft {
        contentNotes = contentNotes == null ? List.of() : List.copyOf(contentNotes);
        chime = chime == null ? List.of() : List.copyOf(chime);
    }
}
