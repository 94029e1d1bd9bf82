package dev.agentcore4j.tools;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Readable text from HTML for a model: the {@code <title>}, and the body text with comments, scripts,
 * styles and other non-content elements removed, block elements on their own lines, entities decoded
 * and whitespace collapsed. A forgiving scanner rather than a parser: broken markup degrades to text.
 */
final class HtmlText {

    /** The title (may be empty) and the text. */
    record Extract(String title, String text) {
    }

    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "iframe", "object");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3",
            "h4", "h5", "h6", "section", "article", "header", "footer", "nav", "main", "aside", "blockquote", "pre",
            "hr", "dt", "dd", "figure", "figcaption", "form", "title", "body");
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("copy", "©"), Map.entry("reg", "®"),
            Map.entry("mdash", "—"), Map.entry("ndash", "–"), Map.entry("hellip", "…"), Map.entry("laquo", "«"),
            Map.entry("raquo", "»"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("yen", "¥"), Map.entry("euro", "€"), Map.entry("times", "×"));

    private HtmlText() {
    }

    static Extract extract(String html) {
        var text = new StringBuilder(Math.min(html.length(), 1 << 16));
        String title = "";
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            if (c != '<') {
                text.append(c == '\n' || c == '\r' ? ' ' : c); // source line breaks are just spaces in HTML
                i++;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? html.length() : end + 3;
                continue;
            }
            int close = tagEnd(html, i);
            if (close < 0) { // a stray '<' in text
                text.append(c);
                i++;
                continue;
            }
            String name = tagName(html, i + 1, close);
            boolean closing = i + 1 < html.length() && html.charAt(i + 1) == '/';
            i = close + 1;
            if (name.equals("title") && !closing && title.isEmpty()) {
                int end = indexOfIgnoreCase(html, "</title", i);
                title = collapse(decode(html.substring(i, end < 0 ? html.length() : end))).strip();
                i = end < 0 ? html.length() : end;
            } else if (!closing && SKIPPED.contains(name) && html.charAt(close - 1) != '/') {
                int end = indexOfIgnoreCase(html, "</" + name, i);
                int endClose = end < 0 ? -1 : tagEnd(html, end);
                i = endClose < 0 ? html.length() : endClose + 1;
            } else if (BLOCKS.contains(name)) {
                text.append('\n');
            } else if (name.equals("td") || name.equals("th")) {
                text.append(' ');
            }
        }
        return new Extract(title, collapse(decode(text.toString())).strip());
    }

    /** The index of the '>' closing the tag at {@code start}, skipping quoted attribute values; -1 if none. */
    private static int tagEnd(String html, int start) {
        if (start + 1 >= html.length()) {
            return -1;
        }
        char next = html.charAt(start + 1);
        if (!(Character.isLetter(next) || next == '/' || next == '!' || next == '?')) {
            return -1;
        }
        char quote = 0;
        for (int i = start + 1; i < html.length(); i++) {
            char c = html.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                return i;
            }
        }
        return -1;
    }

    private static String tagName(String html, int from, int to) {
        int i = from;
        while (i < to && (html.charAt(i) == '/' || html.charAt(i) == '!')) {
            i++;
        }
        int start = i;
        while (i < to && (Character.isLetterOrDigit(html.charAt(i)) || html.charAt(i) == '-')) {
            i++;
        }
        return html.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static int indexOfIgnoreCase(String html, String needle, int from) {
        for (int i = from; i <= html.length() - needle.length(); i++) {
            if (html.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    /** Decodes named entities from a small table and all numeric ones; unknown entities stay as written. */
    static String decode(String text) {
        if (text.indexOf('&') < 0) {
            return text;
        }
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int semicolon = c == '&' ? text.indexOf(';', i) : -1;
            if (semicolon > i + 1 && semicolon - i <= 10) {
                String name = text.substring(i + 1, semicolon);
                String decoded = entity(name);
                if (decoded != null) {
                    out.append(decoded);
                    i = semicolon + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    private static String entity(String name) {
        if (name.startsWith("#")) {
            try {
                int cp = name.startsWith("#x") || name.startsWith("#X")
                        ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : "\uFFFD";
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return ENTITIES.get(name.toLowerCase(Locale.ROOT));
    }

    /** Spaces and tabs collapse to one space per line; runs of blank lines collapse to one blank line. */
    static String collapse(String text) {
        var out = new StringBuilder(text.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                newlines++;
                space = false;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                space = true;
            } else {
                if (newlines > 0 && !out.isEmpty()) {
                    out.append(newlines > 1 ? "\n\n" : "\n");
                } else if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                newlines = 0;
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
