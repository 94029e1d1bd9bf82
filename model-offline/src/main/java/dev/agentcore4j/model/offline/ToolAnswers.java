package dev.agentcore4j.model.offline;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Writes the final answer from tool results, quoting the values that matter (temperature, result,
 * time, task id...). A failed tool is reported honestly with its error message. Knows the result
 * shapes of the seed tools and falls back to listing simple fields for any other tool.
 */
final class ToolAnswers {

    private ToolAnswers() {
    }

    static String write(List<ContentBlock.ToolUse> uses, List<ContentBlock.ToolResult> results, Language lang) {
        var joiner = new StringJoiner("\n");
        for (ContentBlock.ToolResult result : results) {
            String name = uses.stream().filter(u -> u.toolUseId().equals(result.toolUseId()))
                    .map(ContentBlock.ToolUse::name).findFirst().orElse("tool");
            joiner.add(result.status() == ToolResultStatus.ERROR ? error(name, result.text(), lang) : success(name, result, lang));
        }
        return joiner.toString();
    }

    private static String error(String tool, String message, Language lang) {
        return lang.pick("Sorry, the " + tool + " tool failed: " + message + ". I could not complete that part of the request.",
                "申し訳ありません。" + tool + " ツールでエラーが発生しました: " + message + "。この部分はお答えできませんでした。");
    }

    private static String success(String tool, ContentBlock.ToolResult result, Language lang) {
        Optional<Map<?, ?>> json = json(result);
        if (json.isEmpty()) {
            return lang.pick("Result of " + tool + ": " + result.text(), tool + " の結果: " + result.text());
        }
        Map<?, ?> m = json.get();
        return switch (tool) {
            case ToolIntents.WEATHER -> lang.pick(
                    "The weather in " + s(m, "city") + " is " + s(m, "condition") + ", " + s(m, "temperature_text")
                            + " (humidity " + s(m, "humidity_percent") + "%, wind " + s(m, "wind_kph") + " km/h). Source: " + s(m, "source") + ".",
                    s(m, "city_ja", "city") + "の天気は" + s(m, "condition_ja", "condition") + "、気温は" + s(m, "temperature_text")
                            + "です（湿度" + s(m, "humidity_percent") + "%、風速" + s(m, "wind_kph") + "km/h）。出典: " + s(m, "source") + "。");
            case ToolIntents.CALCULATE -> lang.pick(
                    s(m, "expression") + " = " + s(m, "formatted", "result") + ".",
                    s(m, "expression") + " の計算結果は " + s(m, "formatted", "result") + " です。");
            case ToolIntents.TIME -> lang.pick(
                    "The current time in " + s(m, "city", "timezone") + " (" + s(m, "timezone") + ") is " + s(m, "time")
                            + " on " + s(m, "day_of_week") + ", " + s(m, "date") + ".",
                    s(m, "city_ja", "timezone") + "（" + s(m, "timezone") + "）の現在時刻は " + s(m, "date") + " " + s(m, "time") + " です。");
            case ToolIntents.CREATE_TASK -> {
                Map<?, ?> task = m.get("task") instanceof Map<?, ?> t ? t : m;
                yield lang.pick("Created task " + s(task, "id") + ": \"" + s(task, "title") + "\" (priority " + s(task, "priority")
                                + ", status " + s(task, "status") + ").",
                        "タスク「" + s(task, "title") + "」を作成しました（ID: " + s(task, "id") + "、優先度: " + s(task, "priority") + "）。");
            }
            case ToolIntents.LIST_TASKS -> lang.pick("You have " + s(m, "count") + " task(s)" + titles(m.get("tasks"), lang) + ".",
                    "タスクは " + s(m, "count") + " 件です" + titles(m.get("tasks"), lang) + "。");
            case ToolIntents.SEARCH -> lang.pick(
                    "I found " + s(m, "count") + " document(s) for \"" + s(m, "query") + "\"" + titles(m.get("results"), lang) + "."
                            + snippet(m.get("results"), lang),
                    "「" + s(m, "query") + "」で " + s(m, "count") + " 件のドキュメントが見つかりました" + titles(m.get("results"), lang) + "。"
                            + snippet(m.get("results"), lang));
            case ToolIntents.FETCH -> lang.pick(
                    "I fetched " + s(m, "url") + " (HTTP " + s(m, "status") + ")" + (m.containsKey("title") ? ", titled \"" + s(m, "title") + "\"" : "")
                            + ". It begins: " + excerpt(s(m, "text")),
                    s(m, "url") + " を取得しました（HTTP " + s(m, "status") + "）" + (m.containsKey("title") ? "。タイトルは「" + s(m, "title") + "」" : "")
                            + "。冒頭: " + excerpt(s(m, "text")));
            case ToolIntents.ANALYZE -> lang.pick(
                    "The text has " + s(m, "characters") + " characters, " + s(m, "words") + " words and " + s(m, "sentences")
                            + " sentence(s); language: " + s(m, "language") + keywords(m.get("top_keywords"), lang) + ".",
                    "このテキストは " + s(m, "characters") + " 文字、" + s(m, "words") + " 語、" + s(m, "sentences") + " 文です（言語: "
                            + s(m, "language") + "）" + keywords(m.get("top_keywords"), lang) + "。");
            default -> lang.pick("Result of " + tool + ": " + fields(m) + ".", tool + " の結果: " + fields(m) + "。");
        };
    }

    private static Optional<Map<?, ?>> json(ContentBlock.ToolResult result) {
        for (ToolResultContent part : result.content()) {
            if (part instanceof ToolResultContent.Json(Object value) && value instanceof Map<?, ?> map) {
                return Optional.of(map);
            }
        }
        return Optional.empty();
    }

    /** The first present key's value as text ("?" if none). */
    private static String s(Map<?, ?> m, String... keys) {
        for (String key : keys) {
            Object v = m.get(key);
            if (v != null) {
                return v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue()) : v.toString();
            }
        }
        return "?";
    }

    private static String titles(Object list, Language lang) {
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            return "";
        }
        var joiner = new StringJoiner(lang.pick(", ", "、"), lang.pick(": ", "："), "");
        items.stream().limit(5).forEach(item -> joiner.add(item instanceof Map<?, ?> m ? s(m, "title") : String.valueOf(item)));
        return joiner.toString();
    }

    private static String keywords(Object list, Language lang) {
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            return "";
        }
        var joiner = new StringJoiner(lang.pick(", ", "、"), lang.pick(". Top keywords: ", "。主なキーワード："), "");
        items.stream().limit(5).forEach(item -> joiner.add(item instanceof Map<?, ?> m ? s(m, "keyword", "word", "term") : String.valueOf(item)));
        return joiner.toString();
    }

    private static String snippet(Object list, Language lang) {
        if (list instanceof List<?> items && !items.isEmpty() && items.getFirst() instanceof Map<?, ?> first && first.containsKey("snippet")) {
            return lang.pick(" Top result: ", " 最上位の結果: ") + excerpt(s(first, "snippet"));
        }
        return "";
    }

    private static String excerpt(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + "…";
    }

    /** Simple (non-nested) fields as "key: value", at most eight. */
    private static String fields(Map<?, ?> m) {
        var joiner = new StringJoiner(", ");
        m.entrySet().stream().filter(e -> !(e.getValue() instanceof Map<?, ?>) && !(e.getValue() instanceof List<?>))
                .limit(8).forEach(e -> joiner.add(e.getKey() + ": " + s(m, String.valueOf(e.getKey()))));
        return joiner.toString();
    }
}
