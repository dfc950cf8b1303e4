package tandem.community.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tandem.community.Resource;
import tandem.community.Topic;

class CitationsTest {

    static final Resource LEAMY = new Resource(UUID.randomUUID(), "leamy-2011",
            List.of("Leamy M", "Bird V", "Le Boutillier C"), 2011,
            "Conceptual framework for personal recovery in mental health: systematic review and narrative synthesis",
            "British Journal of Psychiatry, 199, 445-452", null, "ARTICLE", List.of(Topic.RECOVERY_CONCEPTS), "CHIME.", 0);
    static final Resource REFOCUS = new Resource(UUID.randomUUID(), "bird-2011", List.of("Bird V", "et al"), 2011,
            "REFOCUS: Promoting recovery in community mental health services", "London: Rethink",
            "https://researchintorecovery.com/refocus", "BOOK", List.of(Topic.REFOCUS), null, 0);
    static final Resource DOH = new Resource(UUID.randomUUID(), "department-of-health-2001", List.of("Department of Health"),
            2001, "The Journey to Recovery – 50% & more_{x}", "London: Department of Health", null, "REPORT",
            List.of(Topic.RECOVERY_CONCEPTS), null, 0);

    @Test
    void risHasOneRecordPerResourceWithTagsReferenceManagersRead() {
        String ris = Citations.ris(List.of(LEAMY, REFOCUS));
        assertThat(ris).contains("TY  - JOUR\r\n", "AU  - Leamy M\r\n", "AU  - Bird V\r\n", "PY  - 2011\r\n",
                "JO  - British Journal of Psychiatry, 199, 445-452\r\n", "TY  - BOOK\r\n",
                "UR  - https://researchintorecovery.com/refocus\r\n", "KW  - REFOCUS\r\n");
        assertThat(ris.split("ER  - ", -1)).hasSize(3);
    }

    @Test
    void bibtexNamesAuthorsSurnameFirstAndEscapesSpecialCharacters() {
        String bib = Citations.bibtex(List.of(LEAMY, REFOCUS, DOH));
        assertThat(bib).contains("@article{leamy-2011,", "author = {Leamy, M and Bird, V and Le Boutillier, C}",
                "journal = {British Journal of Psychiatry, 199, 445-452}", "@book{bird-2011,", "author = {Bird, V and others}",
                "@techreport{department-of-health-2001,", "author = {{Department of Health}}",
                "title = {{The Journey to Recovery – 50\\% \\& more\\_\\{x\\}}}");
    }
}
