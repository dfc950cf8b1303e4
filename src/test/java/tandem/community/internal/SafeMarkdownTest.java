package tandem.community.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import tandem.community.XssCorpus;

class SafeMarkdownTest {

    static java.util.List<String> payloads() {
        return XssCorpus.payloads();
    }

    @ParameterizedTest
    @MethodSource("payloads")
    void noPayloadFromTheCorpusSurvivesRendering(String payload) {
        XssCorpus.assertSafe(SafeMarkdown.render(payload), payload);
        XssCorpus.assertSafe(SafeMarkdown.render("Some text first.\n\n" + payload + "\n\nAnd after."), payload);
    }

    @Test
    void theCorpusCoversTheCheatSheetFamilies() {
        assertThat(payloads()).hasSizeGreaterThan(60)
                .anyMatch(p -> p.contains("onerror")).anyMatch(p -> p.contains("javascript:"))
                .anyMatch(p -> p.contains("data:")).anyMatch(p -> p.startsWith("[")).anyMatch(p -> p.startsWith("!["))
                .anyMatch(p -> p.contains("<svg")).anyMatch(p -> p.contains("STYLE"));
    }

    @Test
    void authorHtmlIsShownAsTextNotMarkup() {
        String html = SafeMarkdown.render("I <3 my group. <b>bold</b>");
        assertThat(html).isEqualTo("<p>I &lt;3 my group. &lt;b&gt;bold&lt;/b&gt;</p>");
    }

    @Test
    void markdownFormattingIsKept() {
        String html = SafeMarkdown.render("# Heading\n\nSome *emphasis* and **strength**.\n\n- one\n- two\n\n> quoted\n\n"
                + "[a link](https://example.org/page)");
        assertThat(html).contains("<h2>Heading</h2>", "<em>emphasis</em>", "<strong>strength</strong>", "<li>one</li>",
                "<blockquote>", "<a href=\"https://example.org/page\" rel=\"nofollow ugc noopener noreferrer\">a link</a>");
    }

    @Test
    void headingsMoveDownSoTheTitleStaysTheOnlyH1() {
        assertThat(SafeMarkdown.render("# One\n\n## Two\n\n###### Six")).contains("<h2>One</h2>", "<h3>Two</h3>", "<h6>Six</h6>")
                .doesNotContain("<h1");
    }

    @Test
    void imagesBecomeTheirDescription() {
        assertThat(SafeMarkdown.render("![our allotment in June](https://example.org/a.png)"))
                .isEqualTo("<p>[Picture: our allotment in June]</p>");
    }

    @Test
    void unsafeLinksKeepTheirWordsButLoseTheLink() {
        String html = SafeMarkdown.render("[click me](javascript:alert(1))");
        assertThat(html).contains("click me").doesNotContain("javascript").doesNotContain("href");
    }

    @Test
    void emptyBodyRendersNothing() {
        assertThat(SafeMarkdown.render("")).isEmpty();
        assertThat(SafeMarkdown.render(null)).isEmpty();
    }
}
