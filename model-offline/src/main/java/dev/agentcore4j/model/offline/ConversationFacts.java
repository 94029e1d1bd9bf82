package dev.agentcore4j.model.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the user has said about themselves earlier in the conversation: their name and the things
 * they like ("I like sushi", "My favourite colour is blue", "好きな食べ物は寿司です"). Later
 * statements win. Also recognises the statements and questions themselves.
 */
final class ConversationFacts {

    private static final List<Pattern> NAME = List.of(
            // Case-insensitive for the lead-in only: under (?i) \\p{Lu} matches lower case too, and
            // "My name is Taro and I love tea" would name the user "Taro and I love tea".
            Pattern.compile("(?i:\\bmy name is )([\\p{L}][\\p{L}'-]*(?: [\\p{Lu}][\\p{L}'-]*)*)"),
            Pattern.compile("(?i:\\bcall me )([\\p{L}][\\p{L}'-]*)"),
            Pattern.compile("\\b(?:I am|I'm) ([\\p{Lu}][\\p{L}'-]+)(?=[.!,]|$)"),
            Pattern.compile("(?:私|わたし|僕|ぼく|俺)の名前は(.+?)(?:です|だよ|だ|といいます|と申します|[。！!、]|$)"),
            Pattern.compile("(?:私|わたし|僕|ぼく)は(.+?)と(?:申します|いいます)"));
    private static final Pattern FAVOURITE_EN = Pattern.compile("(?i)\\bmy favou?rite ([\\p{L} ]+?) is ([^.!?,]+)");
    private static final Pattern LIKE_EN = Pattern.compile("(?i)\\bI (?:really )?(?:like|love|enjoy) ([^.!?,]+)");
    private static final Pattern FAVOURITE_JA = Pattern.compile("好きな(.+?)は(.+?)(?:です|だよ|だ|[。！!、]|$)");
    private static final Pattern LIKE_JA = Pattern.compile("(?:私|わたし|僕|ぼく)?は?([^。、！？!?は]+?)が(?:大)?好きです");

    private static final Pattern ASKS_NAME = Pattern.compile(
            "(?i)what(?:'s| is) my name|do you (?:know|remember) (?:my name|who I am)|who am I\\b|(?:私|わたし|僕|ぼく)の名前(?:を覚えて|は(?:何|なん)|を知って|が分かり|がわかり)|名前を覚えて|私は誰");
    private static final Pattern ASKS_LIKES_EN = Pattern.compile(
            "(?i)what (?:do|did) I (?:like|love|enjoy)|what(?:'s| is) my favou?rite ?([\\p{L} ]*?)\\??$");
    private static final Pattern ASKS_LIKES_JA = Pattern.compile("好きな(.+?)(?:は何|はなん|を覚えて)|何が好き");

    private String name;
    private final Map<String, String> favourites = new LinkedHashMap<>();
    private final List<String> likes = new ArrayList<>();

    /** Collects facts from statements, oldest first (texts for which {@link #teaches} is true). */
    static ConversationFacts of(List<String> statements) {
        var facts = new ConversationFacts();
        statements.forEach(facts::learn);
        return facts;
    }

    /**
     * True when a user text states a fact about the user; requests for tools are data, not facts.
     * The fact patterns go first: few texts state a fact, and only those pay for the much dearer
     * tool-intent detection.
     */
    static boolean teaches(String text) {
        return statesFact(text) && !ToolIntents.asksForTools(text);
    }

    private void learn(String text) {
        if (asksName(text) || asksLikes(text).isPresent()) {
            return;
        }
        statedName(text).ifPresent(n -> name = n);
        Matcher fav = FAVOURITE_EN.matcher(text);
        if (fav.find()) {
            favourites.put(fav.group(1).strip().toLowerCase(), fav.group(2).strip());
        } else {
            Matcher like = LIKE_EN.matcher(text);
            if (like.find()) {
                likes.add(like.group(1).strip());
            }
        }
        Matcher favJa = FAVOURITE_JA.matcher(text);
        if (favJa.find()) {
            favourites.put(favJa.group(1).strip(), favJa.group(2).strip());
        } else {
            Matcher likeJa = LIKE_JA.matcher(text);
            if (likeJa.find()) {
                likes.add(likeJa.group(1).strip());
            }
        }
    }

    static Optional<String> statedName(String text) {
        for (Pattern p : NAME) {
            Matcher m = p.matcher(text);
            if (m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    /** True when the text tells a fact about the user (and is not a question about one). */
    static boolean statesFact(String text) {
        if (asksName(text) || asksLikes(text).isPresent()) {
            return false;
        }
        return statedName(text).isPresent() || FAVOURITE_EN.matcher(text).find() || LIKE_EN.matcher(text).find()
                || FAVOURITE_JA.matcher(text).find() || LIKE_JA.matcher(text).find();
    }

    static boolean asksName(String text) {
        return ASKS_NAME.matcher(text).find();
    }

    /** The topic of a "what do I like" question: "" for likes in general, or e.g. "color" / "食べ物". */
    static Optional<String> asksLikes(String text) {
        Matcher en = ASKS_LIKES_EN.matcher(text.strip());
        if (en.find()) {
            return Optional.of(en.group(1) == null ? "" : en.group(1).strip().toLowerCase());
        }
        Matcher ja = ASKS_LIKES_JA.matcher(text);
        if (ja.find()) {
            return Optional.of(ja.group(1) == null ? "" : ja.group(1).strip());
        }
        return Optional.empty();
    }

    Optional<String> name() {
        return Optional.ofNullable(name);
    }

    /** The favourite for a topic (also matching "colour" to "color"), or the things liked in general. */
    Optional<String> liked(String topic) {
        if (!topic.isEmpty()) {
            String wanted = topic.replace("colour", "color");
            for (var e : favourites.entrySet()) {
                if (e.getKey().replace("colour", "color").equals(wanted)) {
                    return Optional.of(e.getValue());
                }
            }
        }
        var all = new ArrayList<>(likes);
        all.addAll(favourites.values());
        return all.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", all));
    }

    Map<String, String> favourites() {
        return Map.copyOf(favourites);
    }
}
