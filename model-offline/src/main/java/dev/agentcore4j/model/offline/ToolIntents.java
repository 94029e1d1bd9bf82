package dev.agentcore4j.model.offline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the tool calls a prompt asks for, in the order they appear ("weather in Tokyo and what
 * time is it there" gives get_current_weather then get_current_time). Only tools named in
 * {@code offered} are called; {@link #wanted} reports intents whose tool is missing.
 */
final class ToolIntents {

    static final String WEATHER = "get_current_weather";
    static final String CALCULATE = "calculate";
    static final String TIME = "get_current_time";
    static final String CREATE_TASK = "create_task";
    static final String LIST_TASKS = "list_tasks";
    static final String SEARCH = "search_documents";
    static final String FETCH = "fetch_url";
    static final String ANALYZE = "analyze_text";

    private static final Pattern WEATHER_CUE = Pattern.compile("(?i)\\bweather\\b|\\btemperature\\b|\\bforecast\\b|天気|気温");
    private static final Pattern FAHRENHEIT = Pattern.compile("(?i)fahrenheit|°F|華氏");
    private static final Pattern TIME_CUE = Pattern.compile(
            "(?i)\\bwhat time\\b|\\bcurrent time\\b|\\btime is it\\b|\\btime (?:in|now)\\b|\\blocal time\\b|何時|時刻|今の時間|現在の時間");
    private static final Pattern CALC_CUE = Pattern.compile(
            "(?i)\\bcalculate\\b|\\bcompute\\b|\\bwhat(?:'s| is)\\b|\\bhow much is\\b|計算|は[?？]?$|いくつ|[=＝]");
    private static final Pattern CREATE_TASK_CUE = Pattern.compile(
            "(?i)\\b(?:create|add|make|new)\\b.{0,20}?\\btask\\b|タスク.{0,10}?(?:作成|追加|作って|登録)");
    private static final Pattern TASK_TITLE_EN = Pattern.compile(
            "(?i)\\btask\\b(?:\\s+(?:to|called|named|titled|for))?[:\\s]+(.+)");
    private static final Pattern TASK_TITLE_JA = Pattern.compile("(.+?)という(?:タスク|やること|TODO)");
    private static final Pattern LIST_TASKS_CUE = Pattern.compile(
            "(?i)\\b(?:list|show)\\b.{0,10}?\\btasks\\b|\\bwhat tasks\\b|\\bmy tasks\\b|タスク(?:の)?一覧|タスクを(?:表示|見せ|教え)");
    private static final Pattern SEARCH_CUE = Pattern.compile(
            "(?i)\\bsearch\\b|\\blook up\\b|\\bfind (?:documents|docs|information)\\b|検索|ドキュメントを探|資料を探");
    private static final Pattern SEARCH_QUERY_EN = Pattern.compile(
            "(?i)\\b(?:search|look up|find)\\b(?:\\s+(?:the|our|my))?(?:\\s+(?:documents|docs|documentation|knowledge base|information))?(?:\\s+(?:for|about|on))?\\s+");
    private static final Pattern SEARCH_QUERY_JA = Pattern.compile(
            "(?:(?:ドキュメント|文書|資料)(?:から|で))?(.+?)(?:について|に関する|に関して|の)?(?:ドキュメント|文書|資料|情報)?を?(?:検索|探)");
    private static final Pattern FETCH_CUE = Pattern.compile(
            "(?i)https?://");
    private static final Pattern ANALYZE_CUE = Pattern.compile(
            "(?i)\\banaly[sz]e\\b|\\bsentiment\\b|\\bword count\\b|分析|解析|感情");
    private static final Pattern ANALYZE_TEXT_EN = Pattern.compile(
            "(?i)\\banaly[sz]e\\b(?:\\s+(?:the|this|following|sentiment of|the sentiment of))*(?:\\s+(?:text|sentence))?[:\\s]+");
    private static final Pattern ANALYZE_TEXT_JA = Pattern.compile("(?:分析|解析)(?:して|してください)?[:：]\\s*");

    private ToolIntents() {
    }

    /** The calls for offered tools, in prompt order. */
    static List<ToolCall> plan(String prompt, Set<String> offered) {
        return detect(prompt).stream().filter(c -> offered.contains(c.name())).toList();
    }

    /** True when the prompt asks for any tool, offered or not. */
    static boolean asksForTools(String prompt) {
        return !detect(prompt).isEmpty();
    }

    /** True when the prompt asks for the weather but names no city we can find. */
    static boolean weatherWithoutCity(String prompt) {
        return WEATHER_CUE.matcher(prompt).find() && Arguments.city(prompt).isEmpty() && !ANALYZE_CUE.matcher(prompt).find();
    }

    /** Tools the prompt asks for that are not offered (to say so honestly). */
    static List<String> wanted(String prompt, Set<String> offered) {
        return detect(prompt).stream().map(ToolCall::name).filter(n -> !offered.contains(n)).distinct().toList();
    }

    private static List<ToolCall> detect(String prompt) {
        var calls = new ArrayList<ToolCall>();
        Optional<String> url = Arguments.url(prompt);
        url.ifPresent(u -> calls.add(new ToolCall(FETCH, Map.of("url", u), position(prompt, FETCH_CUE))));
        boolean analyze = ANALYZE_CUE.matcher(prompt).find();
        Optional<String> analyzed = analyze ? analyzedText(prompt) : Optional.empty();
        analyzed.ifPresent(text -> calls.add(new ToolCall(ANALYZE, Map.of("text", text), position(prompt, ANALYZE_CUE))));
        // the URL and the text to analyse are data, not requests: look for other intents in the rest
        String rest = prompt;
        for (String data : List.of(url.orElse(""), analyzed.orElse(""))) {
            rest = data.isEmpty() ? rest : rest.replace(data, " ");
        }
        String text = rest;
        cue(text, WEATHER_CUE).ifPresent(pos -> Arguments.city(text).ifPresent(city ->
                calls.add(new ToolCall(WEATHER, ordered("city", city, "unit",
                        FAHRENHEIT.matcher(text).find() ? "fahrenheit" : "celsius"), pos))));
        cue(text, TIME_CUE).ifPresent(pos -> calls.add(new ToolCall(TIME, timeInput(text), pos)));
        if (!analyze && (CALC_CUE.matcher(text).find() || Expressions.normalise(text).matches(".*\\d\\s*[-+*/^]\\s*\\d.*"))) {
            Expressions.find(text).ifPresent(expression ->
                    calls.add(new ToolCall(CALCULATE, Map.of("expression", expression), expressionPosition(text))));
        }
        cue(text, CREATE_TASK_CUE).ifPresent(pos -> taskTitle(text).ifPresent(title ->
                calls.add(new ToolCall(CREATE_TASK, Map.of("title", title), pos))));
        if (calls.stream().noneMatch(c -> c.name().equals(CREATE_TASK))) {
            cue(text, LIST_TASKS_CUE).ifPresent(pos -> calls.add(new ToolCall(LIST_TASKS, Map.of(), pos)));
        }
        if (url.isEmpty() && !analyze) {
            cue(text, SEARCH_CUE).ifPresent(pos -> searchQuery(text).ifPresent(query ->
                    calls.add(new ToolCall(SEARCH, Map.of("query", query), pos))));
        }
        calls.sort(Comparator.comparingInt(ToolCall::position));
        return calls;
    }

    private static Map<String, Object> timeInput(String prompt) {
        Optional<String> zone = Arguments.timezone(prompt);
        if (zone.isPresent()) {
            return Map.of("timezone", zone.get());
        }
        return Arguments.city(prompt).<Map<String, Object>>map(city -> Map.of("city", city)).orElse(Map.of());
    }

    private static Optional<String> taskTitle(String prompt) {
        Optional<String> quoted = Arguments.quoted(prompt);
        if (quoted.isPresent()) {
            return quoted;
        }
        Optional<String> ja = Arguments.group(prompt, TASK_TITLE_JA);
        return ja.isPresent() ? ja : Arguments.group(prompt, TASK_TITLE_EN);
    }

    private static Optional<String> searchQuery(String prompt) {
        Optional<String> quoted = Arguments.quoted(prompt);
        if (quoted.isPresent()) {
            return quoted;
        }
        Optional<String> ja = Arguments.group(prompt, SEARCH_QUERY_JA)
                .map(q -> q.replaceFirst("^.*?(?:ドキュメント|文書|資料)(?:から|で|の中から)", ""))
                .flatMap(Arguments::clean);
        return ja.isPresent() ? ja : Arguments.after(prompt, SEARCH_QUERY_EN);
    }

    private static Optional<String> analyzedText(String prompt) {
        Optional<String> quoted = Arguments.quoted(prompt);
        if (quoted.isPresent()) {
            return quoted;
        }
        Optional<String> ja = Arguments.after(prompt, ANALYZE_TEXT_JA);
        return ja.isPresent() ? ja : Arguments.after(prompt, ANALYZE_TEXT_EN);
    }

    private static Optional<Integer> cue(String prompt, Pattern cue) {
        Matcher m = cue.matcher(prompt);
        return m.find() ? Optional.of(m.start()) : Optional.empty();
    }

    private static int position(String prompt, Pattern cue) {
        return cue(prompt, cue).orElse(0);
    }

    private static int expressionPosition(String prompt) {
        Matcher digit = Pattern.compile("\\d|[０-９]").matcher(prompt);
        return digit.find() ? digit.start() : 0;
    }

    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        var map = new LinkedHashMap<String, Object>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
