package tandem.community.internal;

import java.util.List;

import tandem.community.Resource;

/** The library as RIS and BibTeX, for reference managers (Zotero, EndNote, Mendeley, JabRef). */
final class Citations {

    private Citations() {
    }

    static String ris(List<Resource> resources) {
        StringBuilder out = new StringBuilder();
        for (Resource r : resources) {
            line(out, "TY", switch (r.type()) {
                case "BOOK" -> "BOOK";
                case "REPORT" -> "RPRT";
                case "CHAPTER" -> "CHAP";
                case "WEB" -> "ELEC";
                default -> "JOUR";
            });
            r.authors().forEach(a -> line(out, "AU", a));
            line(out, "PY", String.valueOf(r.year()));
            line(out, "TI", r.title());
            line(out, "ARTICLE".equals(r.type()) ? "JO" : "PB", r.source());
            if (r.url() != null) {
                line(out, "UR", r.url());
            }
            r.topics().forEach(t -> line(out, "KW", t.label()));
            if (r.summary() != null) {
                line(out, "AB", r.summary());
            }
            line(out, "ID", r.key());
            out.append("ER  - \r\n\r\n");
        }
        return out.toString();
    }

    static String bibtex(List<Resource> resources) {
        StringBuilder out = new StringBuilder();
        for (Resource r : resources) {
            String type = switch (r.type()) {
                case "BOOK" -> "book";
                case "REPORT" -> "techreport";
                case "CHAPTER" -> "incollection";
                case "WEB" -> "misc";
                default -> "article";
            };
            out.append('@').append(type).append('{').append(r.key()).append(",\n");
            field(out, "author", String.join(" and ", r.authors().stream().map(Citations::bibAuthor).toList()));
            field(out, "year", String.valueOf(r.year()));
            field(out, "title", "{" + tex(r.title()) + "}");
            field(out, switch (type) {
                case "article" -> "journal";
                case "techreport" -> "institution";
                case "incollection" -> "booktitle";
                case "misc" -> "howpublished";
                default -> "publisher";
            }, tex(r.source()));
            if (r.url() != null) {
                field(out, "url", r.url().replace("}", "").replace("{", ""));
            }
            field(out, "keywords", tex(String.join(", ", r.topics().stream().map(t -> t.label()).toList())));
            out.append("}\n\n");
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String tag, String value) {
        out.append(tag).append("  - ").append(value.replace('\r', ' ').replace('\n', ' ')).append("\r\n");
    }

    private static void field(StringBuilder out, String name, String value) {
        out.append("  ").append(name).append(" = {").append(value).append("},\n");
    }

    /** Corporate authors are braced so BibTeX does not split them into first and last names. */
    private static String bibAuthor(String author) {
        if (author.equals("et al")) {
            return "others";
        }
        String[] parts = author.trim().split("\\s+");
        String last = parts[parts.length - 1];
        if (parts.length >= 2 && last.matches("[A-Z]{1,4}")) {
            return tex(author.trim().substring(0, author.trim().length() - last.length()).trim()) + ", " + last;
        }
        return "{" + tex(author.trim()) + "}";
    }

    /** Escapes the characters BibTeX treats specially. */
    static String tex(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\textbackslash{}");
                case '{', '}', '%', '&', '$', '#', '_' -> b.append('\\').append(c);
                case '^' -> b.append("\\^{}");
                case '~' -> b.append("\\~{}");
                case '\n', '\r' -> b.append(' ');
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
