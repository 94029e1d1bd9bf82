package dev.agentcore4j.memory.client;

import java.util.ArrayList;
import java.util.List;

/** Text helpers for the Memory API's length limits. */
final class Texts {

    private Texts() {
    }

    /** At most {@code max} characters, with an ellipsis when cut, for error messages. */
    static String excerpt(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    /** {@code text} in pieces of at most {@code max} UTF-16 characters, never splitting a surrogate pair. */
    static List<String> chunks(String text, int max) {
        List<String> out = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = Math.min(text.length(), start + max);
            if (end < text.length() && Character.isHighSurrogate(text.charAt(end - 1))) {
                end--;
            }
            out.add(text.substring(start, end));
            start = end;
        }
        return out;
    }
}
