package dev.agentcore4j.model.offline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The offline model's summary and episode records: counts, the most frequent topic words of what
 * the user said, the user's last request and the assistant's last reply, without understanding any
 * of it. Written in the language of the user's last message.
 */
final class ConversationDigest {

    private static final int TOPICS = 3;
    private static final int QUOTE_CHARS = 160;
    private static final Pattern WORD = Pattern.compile("\\p{IsLatin}[\\p{IsLatin}\\d'’-]{3,}|\\p{IsHan}{2,}|[\\p{IsKatakana}ー]{2,}");
    private static final Set<String> STOP_WORDS = Set.of("about", "after", "again", "also", "been", "before", "being",
            "can't", "could", "does", "doing", "don't", "each", "from", "have", "having", "hello", "here", "into", "just",
            "know", "like", "love", "make", "more", "most", "much", "name", "need", "only", "other", "over", "please",
            "really", "same", "should", "some", "such", "tell", "than", "thank", "thanks", "that", "that's", "their",
            "them", "then", "there", "these", "they", "this", "those", "very", "want", "what", "what's", "when", "where",
            "which", "while", "will", "with", "would", "your", "you're", "okay", "sure", "call", "live", "work", "prefer",
            "enjoy", "hate", "today", "it's", "i'm", "i’m", "show", "give", "find",
            "名前", "自分", "今日", "明日", "大好", "大嫌", "出身", "本当", "教", "何");
    private static final Pattern REQUEST = Pattern.compile(
            "[?？]\\s*$|(?i)\\b(?:please|can you|could you|would you|tell me|show me|help me)\\b|ください|教えて|お願い|して$");
    private static final Pattern UNABLE = Pattern.compile(
            "(?i)\\b(?:can't|cannot|can not|unable to|don't have an answer|not available)\\b|できません|わかりません|分かりません|利用できない");

    private ConversationDigest() {
    }

    /** One summary record: how long the conversation is, its topics and the user's last request. */
    static Optional<String> summary(ExtractionRequest request) {
        List<String> said = request.userTexts();
        if (said.isEmpty()) {
            return Optional.empty();
        }
        String last = said.getLast();
        List<String> topics = topics(said);
        int n = request.conversation().size();
        if (Language.of(last) == Language.JA) {
            return Optional.of("会話（" + n + "件）" + (topics.isEmpty() ? "" : "の話題: " + String.join("、", topics))
                    + "。ユーザーの最後の依頼: 「" + quote(last) + "」");
        }
        return Optional.of("Conversation of " + n + " messages" + (topics.isEmpty() ? "" : " about " + String.join(", ", topics))
                + ". The user's last request: \"" + quote(last) + "\"");
    }

    /** One episode record: what the user wanted, what happened, and how it ended. */
    static Optional<String> episode(ExtractionRequest request) {
        List<String> said = request.userTexts();
        if (said.isEmpty()) {
            return Optional.empty();
        }
        String goal = said.stream().filter(s -> REQUEST.matcher(s).find()).findFirst().orElse(said.getLast());
        var lines = request.conversation();
        long assistant = lines.stream().filter(l -> l.role().equals("assistant")).count();
        long tools = lines.stream().filter(l -> l.role().equals("tool")).count();
        Optional<String> reply = lines.getLast().role().equals("user") ? Optional.empty()
                : lines.reversed().stream().filter(l -> l.role().equals("assistant") && !l.text().isBlank())
                        .map(ExtractionRequest.Line::text).findFirst();
        boolean unresolved = reply.isPresent() && UNABLE.matcher(reply.get()).find();
        if (Language.of(said.getLast()) == Language.JA) {
            return Optional.of("ユーザーの目的: 「" + quote(goal) + "」。発言: ユーザー" + said.size() + "件、アシスタント" + assistant + "件"
                    + (tools > 0 ? "、ツール結果" + tools + "件" : "")
                    + reply.map(r -> "。最後の返答: 「" + quote(r) + "」").orElse("")
                    + "。結果: " + (reply.isEmpty() ? "未回答" : unresolved ? "未解決" : "回答済み") + "。");
        }
        return Optional.of("The user wanted: \"" + quote(goal) + "\". Messages: " + said.size() + " from the user, "
                + assistant + " from the assistant" + (tools > 0 ? ", " + tools + (tools == 1 ? " tool result" : " tool results") : "")
                + reply.map(r -> ". Last reply: \"" + quote(r) + "\"").orElse("")
                + ". Outcome: " + (reply.isEmpty() ? "open, no reply yet" : unresolved ? "unresolved" : "answered") + ".");
    }

    /** The most frequent content words, ties broken by first use. */
    static List<String> topics(List<String> texts) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                String word = m.group().toLowerCase(Locale.ROOT);
                if (!STOP_WORDS.contains(word)) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        var ranked = new ArrayList<>(counts.entrySet());
        ranked.sort(Map.Entry.<String, Integer>comparingByValue().reversed()); // stable: first use wins ties
        return ranked.stream().limit(TOPICS).map(Map.Entry::getKey).toList();
    }

    private static String quote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= QUOTE_CHARS) {
            return flat;
        }
        return flat.substring(0, flat.offsetByCodePoints(0, QUOTE_CHARS)) + "…";
    }
}
