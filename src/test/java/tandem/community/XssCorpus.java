package tandem.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/** The XSS payload corpus (src/test/resources/xss/payloads.txt) and the check every rendering must pass. */
public final class XssCorpus {

    /** The only elements a rendered story may contain. */
    static final Set<String> ALLOWED = Set.of("body", "p", "br", "em", "strong", "blockquote", "ul", "ol", "li", "code",
            "pre", "hr", "h2", "h3", "h4", "h5", "h6", "a");

    private XssCorpus() {
    }

    public static List<String> payloads() {
        try (InputStream in = XssCorpus.class.getResourceAsStream("/xss/payloads.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("# "))
                    .map(l -> l.replace("\\n", "\n").replace("\\0", "\0")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails unless the HTML fragment carries no script, no event handler, no unsafe URL, no author HTML. */
    public static void assertSafe(String html, String payload) {
        Element body = Jsoup.parseBodyFragment(html).body();
        for (Element e : body.getAllElements()) {
            assertThat(ALLOWED).as("element <%s> from payload %s", e.tagName(), payload).contains(e.tagName());
            for (Attribute a : e.attributes()) {
                String name = a.getKey().toLowerCase(Locale.ROOT);
                assertThat(name).as("attribute %s from payload %s", name, payload).isIn("href", "rel");
                if (name.equals("href")) {
                    String href = a.getValue().trim().toLowerCase(Locale.ROOT);
                    assertThat(href).as("link from payload %s", payload)
                            .matches("^(https?://|mailto:).*");
                }
            }
        }
        // Words like "javascript:" may remain as harmless, escaped text; as markup they would start with "<".
        String lower = html.toLowerCase(Locale.ROOT);
        assertThat(lower).as("from payload %s", payload).doesNotContain("<script", "<img", "<iframe", "<svg", "<style",
                "<object", "<embed", "<form", "<input", "<meta", "<base", "<link", "<math", "<details", "<video");
    }
}
