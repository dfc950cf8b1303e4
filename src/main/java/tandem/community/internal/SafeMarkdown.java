package tandem.community.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Markdown to HTML that is safe to put in a page. Two layers: commonmark renders the author's raw
 * HTML as text and drops unsafe link protocols; then an allow-list (jsoup) keeps only simple text
 * elements and http, https and mailto links. Images become their description (their source could
 * track readers). Headings move down a level so the story's title stays the page's only h1.
 */
final class SafeMarkdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist ALLOWED = new Safelist()
            .addTags("p", "br", "em", "strong", "blockquote", "ul", "ol", "li", "code", "pre", "hr", "h2", "h3", "h4",
                    "h5", "h6", "a")
            .addAttributes("a", "href")
            .addProtocols("a", "href", "http", "https", "mailto")
            .addEnforcedAttribute("a", "rel", "nofollow ugc noopener noreferrer");

    private SafeMarkdown() {
    }

    static String render(String markdown) {
        if (markdown == null || markdown.isEmpty()) {
            return "";
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        Document dirty = Jsoup.parseBodyFragment(html);
        for (Element img : dirty.select("img")) {
            String alt = img.attr("alt");
            img.replaceWith(new TextNode(alt.isBlank() ? "" : "[Picture: " + alt + "]"));
        }
        for (int level = 6; level >= 1; level--) {
            for (Element h : dirty.select("h" + level)) {
                h.tagName("h" + Math.min(6, level + 1));
            }
        }
        Document clean = new Cleaner(ALLOWED).clean(dirty);
        clean.outputSettings().prettyPrint(false);
        return clean.body().html().strip();
    }
}
