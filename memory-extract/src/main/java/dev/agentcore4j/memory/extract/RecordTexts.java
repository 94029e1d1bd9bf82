package dev.agentcore4j.memory.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Record text hygiene: one line of text, and the key two texts are duplicates by. Duplicates are
 * exact after normalisation (Unicode NFKC, lower case, collapsed white space, no trailing full stop
 * or exclamation mark); near duplicates by meaning are the caller's business (compare embeddings).
 */
final class RecordTexts {

    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern TRAILING = Pattern.compile("[\\s.!。！]+$");

    private RecordTexts() {
    }

    /** The text on one line: runs of white space (line breaks included) become one space; stripped. */
    static String flat(String text) {
        return SPACE.matcher(text).replaceAll(" ").strip();
    }

    /** The first {@code max} code points of {@code text}. */
    static String cut(String text, int max) {
        return text.codePointCount(0, text.length()) <= max ? text : text.substring(0, text.offsetByCodePoints(0, max));
    }

    /** The duplicate key of a record text. */
    static String key(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return TRAILING.matcher(flat(normal)).replaceAll("");
    }

    static boolean hasControlCharacters(String text) {
        return text.codePoints().anyMatch(cp -> Character.isISOControl(cp) && !Character.isWhitespace(cp));
    }
}
