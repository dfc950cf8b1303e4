package tandem.community;

import java.util.List;

import tandem.identity.CurrentUser;
import tandem.shared.PageOf;

/**
 * The resources library: the references the seed cites, searchable by anyone, filterable by
 * topic, exportable as RIS and BibTeX. Administrators add and correct entries. Each has a stable
 * key so a page elsewhere can link a "why we ask this" panel to it ({@code /resources/{key}}).
 */
public interface Resources {

    /** References on a page of the library. */
    int PAGE_SIZE = 20;
    /** The kinds of publication, by the names stored and exported. */
    List<String> TYPES = List.of("ARTICLE", "BOOK", "REPORT", "CHAPTER", "WEB");

    /**
     * A page of the references matching {@code query} (authors, title, source, summary or the year;
     * blank for all) and {@code topic} (a {@link Topic} name, blank for all), by first author and
     * year. Anyone, signed in or not; a topic that is not one of the list is {@code InvalidInputException}.
     */
    PageOf<Resource> search(String query, String topic, int page);

    /** Every reference matching, as {@link #search} but not in pages, for the API and the exports. Anyone. */
    List<Resource> all(String query, String topic);

    /** The reference with this key. Anyone; an unknown key is {@code NotFoundException}. */
    Resource byKey(String key);

    /** The matching references as RIS, for reference managers. Anyone; refuses as {@link #search}. */
    String ris(String query, String topic);

    /** The matching references as BibTeX. Anyone; refuses as {@link #search}. */
    String bibtex(String query, String topic);

    /**
     * Adds a reference to the library and answers its key. Administrators only
     * ({@code ForbiddenException}); every problem with the form is reported together
     * ({@code InvalidInputException}), and a form without problems whose key another reference already
     * uses is refused on "key" ({@code InvalidInputException}). Audited.
     */
    String create(CurrentUser admin, ResourceForm form);

    /**
     * Saves the administrator's correction to the version of the reference they opened (its key stays).
     * Administrators only ({@code ForbiddenException}); an unknown key is {@code NotFoundException}; the
     * form is checked as in {@link #create}; a version someone else has changed since is
     * {@code ConflictException} on "version". Audited.
     */
    void update(CurrentUser admin, String key, ResourceForm form);
}
