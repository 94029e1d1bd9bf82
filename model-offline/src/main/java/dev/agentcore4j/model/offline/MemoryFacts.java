package dev.agentcore4j.model.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The facts and preferences a user states about themselves, as memory record sentences in the
 * language they were stated in: "The user's name is Taro.", "ユーザーは寿司が好きです。". One
 * sentence at a time; questions state nothing. Deterministic regular expressions, so they miss
 * paraphrases a real model would catch.
 */
final class MemoryFacts {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?。！？])\\s*|\\R");
    private static final Pattern QUESTION = Pattern.compile("[?？]\\s*$|(?:か|かな|かしら)[。]?\\s*$");
    /** White space, the ideographic space included (Japanese text often spaces Latin words: 「Java が好き」). */
    private static final String SPACE = "[\\s\\u3000]*";
    private static final String UNTIL = "(?=\\s*$|[,.;:!?]|\\s(?:and|but|with|since|because)\\b)";

    private static final Pattern NAME_EN = Pattern.compile(
            "\\b[Mm]y name(?: is|'s|’s) (\\p{L}[\\p{L}'-]*(?: \\p{Lu}[\\p{L}'-]*)*)"
                    + "|\\b[Cc]all me (\\p{Lu}[\\p{L}'-]*)"
                    + "|\\b(?:I am|I'm|I’m) (\\p{Lu}[\\p{L}'-]+)(?=\\s*$|[,.!]|\\s(?:and|but)\\b)");
    private static final Set<String> NOT_NAMES = Set.of("Sorry", "Happy", "Fine", "Good", "Glad", "Here", "Back",
            "Not", "Just", "Sure", "Okay", "OK", "Ready", "Done", "Busy", "Tired", "Afraid", "Interested", "New",
            "Japanese", "American", "English", "British", "French", "German", "Chinese", "Korean", "Indian");
    private static final Pattern LIVES_EN = Pattern.compile("\\bI (?:currently |now |still )?(?:live|am living|'m living|reside) in ([^,.;:!?]+?)" + UNTIL);
    private static final Pattern FROM_EN = Pattern.compile("\\bI(?: am|'m|’m) (?:originally )?from ([^,.;:!?]+?)" + UNTIL);
    private static final Pattern WORKS_EN = Pattern.compile("\\bI (?:currently |now |still )?work (at|for|in|as) ([^,.;:!?]+?)" + UNTIL);
    private static final Pattern NAME_JA = Pattern.compile(
            "(?:私|わたし|僕|ぼく|俺)の名前は(.+?)(?:です|だよ|だ|といいます|と申します|$)"
                    + "|(?:^|、)" + SPACE + "(?:(?:私|わたし|僕|ぼく)は" + SPACE + ")?([^\\s\\u3000、。！？!?はがをにの][^、。！？!?はがをにの]{0,19}?)"
                    + SPACE + "と(?:申します|いいます|言います)");
    private static final Pattern LIVES_JA = Pattern.compile(words(20) + "に住んで(?!いない|いません|ない)");
    private static final Pattern WORKS_JA = Pattern.compile(words(30) + "(で働いて|に勤めて)(?!いない|いません|ない)");
    private static final Pattern FROM_JA = Pattern.compile(words(20) + "の?出身(?:です|だ|$)");

    private static final Pattern LIKES_EN = Pattern.compile("\\bI (?:really |also |absolutely |just |do |truly )?"
            + "(don't like|do not like|can't stand|cannot stand|dislike|hate|like|love|enjoy|prefer|adore) ([^,.;:!?]+?)"
            + "(?=\\s*$|[,.;:!?]|\\sbut\\b)");
    private static final Pattern FAVOURITE_EN = Pattern.compile("\\b[Mm]y (favou?rite) ([\\p{L} ]+?) is ([^,.;:!?]+?)" + UNTIL);
    private static final Set<String> NO_REFERENT = Set.of("it", "that", "this", "them", "you", "him", "her", "those", "these");
    private static final Pattern LIKES_JA = Pattern.compile(
            words(30) + "[がは](大好き|好き|大嫌い|嫌い|苦手)(じゃない|ではない|じゃありません|ではありません)?");
    private static final Pattern FAVOURITE_JA = Pattern.compile("好きな([^\\s、。は]{1,20}?)は(.+?)(?:です|だよ|だ|[。！!]|$)");

    private MemoryFacts() {
    }

    /** A Japanese noun phrase of up to {@code max} characters before a particle, captured without the spaces around it. */
    private static String words(int max) {
        return "([^\\s\\u3000、。！？!?はがを][^、。！？!?はがを]{0," + (max - 1) + "}?)" + SPACE;
    }

    /** Statements, not questions, one per sentence of {@code text}. */
    static List<String> statements(String text) {
        return SENTENCE_END.splitAsStream(text).map(String::strip)
                .filter(s -> !s.isEmpty() && !QUESTION.matcher(s).find()).toList();
    }

    /** Durable facts about the user in one statement, in the order stated: name, home, origin, work. */
    static List<String> facts(String sentence) {
        var found = new TreeMap<Integer, String>();
        each(NAME_EN, sentence, m -> {
            String n = first(m);
            if (!NOT_NAMES.contains(n) && !n.endsWith("ing")) {
                found.put(m.start(), "The user's name is " + n + ".");
            }
        });
        each(LIVES_EN, sentence, m -> found.put(m.start(), "The user lives in " + m.group(1).strip() + "."));
        each(FROM_EN, sentence, m -> found.put(m.start(), "The user is from " + m.group(1).strip() + "."));
        each(WORKS_EN, sentence, m -> found.put(m.start(), "The user works " + m.group(1) + " " + m.group(2).strip() + "."));
        each(NAME_JA, sentence, m -> found.put(m.start(), "ユーザーの名前は" + first(m).strip() + "です。"));
        each(LIVES_JA, sentence, m -> found.put(m.start(), "ユーザーは" + m.group(1) + "に住んでいます。"));
        each(WORKS_JA, sentence, m -> found.put(m.start(), "ユーザーは" + m.group(1) + m.group(2) + "います。"));
        each(FROM_JA, sentence, m -> found.put(m.start(), "ユーザーは" + m.group(1) + "出身です。"));
        return List.copyOf(found.values());
    }

    /** The user's likes and dislikes in one statement. */
    static List<String> preferences(String sentence) {
        var out = new ArrayList<String>();
        Matcher favourite = FAVOURITE_EN.matcher(sentence);
        boolean favouriteFound = false;
        while (favourite.find()) {
            favouriteFound = true;
            out.add("The user's " + favourite.group(1) + " " + favourite.group(2).strip() + " is " + favourite.group(3).strip() + ".");
        }
        Matcher likes = LIKES_EN.matcher(sentence);
        while (likes.find() && !favouriteFound) {
            String object = likes.group(2).strip().replaceFirst("\\s+(?:too|a lot|very much|so much)$", "");
            if (!NO_REFERENT.contains(object.toLowerCase(Locale.ROOT).split(" ")[0])) {
                out.add("The user " + thirdPerson(likes.group(1)) + " " + object + ".");
            }
        }
        Matcher favouriteJa = FAVOURITE_JA.matcher(sentence);
        if (favouriteJa.find()) {
            out.add("ユーザーの好きな" + favouriteJa.group(1) + "は" + favouriteJa.group(2).strip() + "です。");
        } else {
            each(LIKES_JA, sentence, m -> {
                if (!Set.of("何", "誰", "どれ", "どこ").contains(m.group(1))) {
                    out.add("ユーザーは" + m.group(1) + "が" + m.group(2) + (m.group(3) == null ? "です。" : "ではありません。"));
                }
            });
        }
        return out;
    }

    private static String thirdPerson(String verb) {
        return switch (verb) {
            case "don't like", "do not like" -> "does not like";
            case "can't stand", "cannot stand" -> "cannot stand";
            default -> verb + "s";
        };
    }

    private static String first(Matcher m) {
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return m.group(g);
            }
        }
        return "";
    }

    private static void each(Pattern pattern, String text, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            action.accept(m);
        }
    }
}
