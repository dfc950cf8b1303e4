package tandem.community.web;

import java.util.List;

import tandem.community.StoryDraft;

/**
 * The author's story form as the page sends it, bound with {@code @ModelAttribute}; the components
 * are the names of its fields. The version being changed comes with the request on its own: it is
 * not something the author types. The stories module checks everything else ({@code Stories.write}).
 */
record StoryForm(String title, String body, String visibility, String attribution, List<String> contentNotes,
        List<String> chime) {

    /** What was typed, a field the page did not send being empty, as an empty field would be. */
    StoryDraft draft() {
        return new StoryDraft(typed(title), typed(body), typed(visibility), typed(attribution), contentNotes, chime);
    }

    private static String typed(String value) {
        return value == null ? "" : value;
    }
}
