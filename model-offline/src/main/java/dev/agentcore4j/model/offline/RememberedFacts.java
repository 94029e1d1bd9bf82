package dev.agentcore4j.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a memory recalled for the turn, as the container puts it at the end of the system prompt: a
 * line {@value #HEADING} and one {@code - <record>} line per record (issue #5). Records in the shapes
 * {@link MemoryFacts} writes ("The user's name is Alice.", "ユーザーは寿司が好きです。") are turned
 * back into the first-person statements {@link ConversationFacts} learns from, so the offline model
 * answers from long-term memory as from the conversation. Other records are left alone.
 */
final class RememberedFacts {

    static final String HEADING = "What you remember about the user:";

    private static final List<Rewrite> REWRITES = List.of(
            new Rewrite("^The user's name is (.+?)\\.?$", "My name is $1"),
            new Rewrite("^The user's (favou?rite) ([\\p{L} ]+?) is (.+?)\\.?$", "My $1 $2 is $3"),
            new Rewrite("^The user (?:likes|loves|enjoys|adores|prefers) (.+?)\\.?$", "I like $1"),
            new Rewrite("^ユーザーの名前は(.+?)です。?$", "私の名前は$1です"),
            new Rewrite("^ユーザーの好きな(.+?)は(.+?)です。?$", "好きな$1は$2です"),
            new Rewrite("^ユーザーは(.+?)が(大?好き)です。?$", "私は$1が$2です"));

    private record Rewrite(Pattern pattern, String replacement) {
        Rewrite(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }
    }

    private RememberedFacts() {
    }

    /** First-person statements for the records under the heading, in order; empty when there is no such section. */
    static List<String> statements(String systemPrompt) {
        int at = systemPrompt.lastIndexOf(HEADING);
        if (at < 0) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String line : systemPrompt.substring(at + HEADING.length()).split("\\R")) {
            String item = line.strip();
            if (!item.startsWith("- ")) {
                continue;
            }
            String record = item.substring(2).strip();
            for (Rewrite rewrite : REWRITES) {
                Matcher m = rewrite.pattern().matcher(record);
                if (m.matches()) {
                    out.add(m.replaceFirst(rewrite.replacement()));
                    break;
                }
            }
        }
        return out;
    }
}
