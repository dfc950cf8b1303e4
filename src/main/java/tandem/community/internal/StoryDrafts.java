package tandem.community.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tandem.community.Attribution;
import tandem.community.ContentNote;
import tandem.community.Stories;
import tandem.community.StoryDraft;
import tandem.community.Visibility;
import tandem.identity.CurrentUser;
import tandem.measures.scoring.Chime;
import tandem.shared.Enums;
import tandem.shared.FieldProblem;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.Validation;

/** What an author typed, checked field by field, and how they are named beside their story. */
final class StoryDrafts {

    /** A draft that passed every check: trimmed words, and the author's choices as types. */
    record Checked(String title, String body, Visibility visibility, Attribution attribution, List<ContentNote> notes,
            List<Chime> chime) {
    }

    private StoryDrafts() {
    }

    /** The draft as types, or {@code InvalidInputException} with every problem found. */
    static Checked check(CurrentUser user, StoryDraft d) {
        Validation v = new Validation();
        // PostgreSQL text cannot hold NUL characters; they carry no meaning in a story.
        String title = d.title() == null ? null : d.title().replace("\u0000", "").strip();
        v.required("title", title, "a title", Stories.TITLE_MAX);
        if (title != null && (title.contains("<") || title.contains(">"))) {
            v.add("title", "The title can't contain the characters < or >");
        }
        String body = d.body() == null ? null : d.body().replace("\u0000", "").strip();
        if (body == null || body.isEmpty()) {
            v.add("body", "Write your story");
        } else if (body.length() > Stories.BODY_MAX) {
            v.add("body", "Your story must be " + String.format("%,d", Stories.BODY_MAX) + " characters or fewer (it has "
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
        Set<ContentNote> notes = Enums.parseAll(ContentNote.class, d.contentNotes()).orElseGet(() -> {
            v.add("contentNotes", "Choose content notes from the list");
            return Set.of();
        });
        Set<Chime> chime = Enums.parseAll(Chime.class, d.chime()).orElseGet(() -> {
            v.add("chime", "CHIME tags are CONNECTEDNESS, HOPE, IDENTITY, MEANING or EMPOWERMENT");
            return Set.of();
        });
        v.throwIfInvalid();
        return new Checked(title, body, visibility, attribution, List.copyOf(notes), List.copyOf(chime));
    }

    /** A CHIME tag as typed into the library's filter, or {@code InvalidInputException}. */
    static Chime chime(String chime) {
        Chime c = Enums.parse(Chime.class, chime);
        if (c == null) {
            throw new InvalidInputException(List.of(new FieldProblem("chime",
                    "CHIME tags are CONNECTEDNESS, HOPE, IDENTITY, MEANING or EMPOWERMENT")));
        }
        return c;
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
}
