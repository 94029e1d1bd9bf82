package dev.agentcore4j.tools;

import dev.agentcore4j.agent.Tool;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The seed's tools, done for real: weather from a bundled sample dataset (clearly labelled), document
 * search with in-process embeddings, a safe calculator, current time, persisted tasks, an SSRF-guarded
 * URL fetch and text analysis. Tool names and argument keys are the ones the offline model emits.
 *
 * <pre>{@code
 * List<Tool> tools = SeedTools.create(ToolsConfig.defaults().dataDir(Path.of("data")));
 * }</pre>
 *
 * Failures the model can act on (unknown city, bad expression, refused URL) come back as error tool
 * results with a message written for the model.
 */
public final class SeedTools {

    /** The tool names, in the order {@link #create} returns them. */
    public static final List<String> NAMES = List.of("get_current_weather", "search_documents", "calculate",
            "get_current_time", "create_task", "list_tasks", "fetch_url", "analyze_text");

    private SeedTools() {
    }

    /** All seed tools with {@link ToolsConfig#defaults()}. */
    public static List<Tool> create() {
        return create(ToolsConfig.defaults());
    }

    /** All seed tools, configured. Nothing is loaded or opened until a tool is first called. */
    public static List<Tool> create(ToolsConfig config) {
        Supplier<Embedder> embedder = Embedder::miniLm;
        return create(config, config.semanticSearch() ? Optional.of(embedder) : Optional.empty());
    }

    /** Also used by tests to substitute the embedding model. */
    static List<Tool> create(ToolsConfig config, Optional<Supplier<Embedder>> embedder) {
        CityDirectory cities = CityDirectory.bundled();
        WeatherReport weather = new WeatherReport(cities);
        ClockReport clock = new ClockReport(config.clock(), cities);
        TaskStore tasks = new TaskStore(config.dataDir(), config.clock());
        UrlFetcher fetcher = new UrlFetcher(config.fetchPolicy(), new AddressGuard(config.fetchPolicy(), AddressGuard::systemResolve));
        Supplier<DocumentSearch> search = lazily(() -> new DocumentSearch(Corpus.load(config.corpusDirs()), embedder));

        return List.of(
                SeedTool.of("get_current_weather",
                        "Current weather for a city, from an OFFLINE SAMPLE dataset of about 65 world cities (not live data). "
                                + "Accepts Japanese or English names (東京, Tokyo, New York).",
                        InputSchema.object()
                                .string("city", "City name in Japanese or English, e.g. 東京 or Tokyo", true)
                                .choice("unit", "Temperature unit (default celsius)", List.of("celsius", "fahrenheit")),
                        (args, context) -> weather.current(args.string("city"), args.optionalString("unit").orElse("celsius"))),
                SeedTool.of("search_documents",
                        "Searches the local document corpus (AgentCore, its runtime contract, Strands, LangChain4j, Bedrock, "
                                + "Java virtual threads; English and Japanese) and returns the best matches with title, snippet and score.",
                        InputSchema.object()
                                .string("query", "What to look for, in English or Japanese", true)
                                .integer("top_k", "How many documents to return (default 3)", 1, DocumentSearch.MAX_TOP_K),
                        (args, context) -> search.get().search(args.string("query"), args.integer("top_k", 3))),
                SeedTool.of("calculate",
                        "Evaluates an arithmetic expression exactly and safely: + - * / ^ % and parentheses, × ÷ and full-width "
                                + "digits, functions " + String.join(", ", CalcFunctions.FUNCTIONS) + ", constants pi and e.",
                        InputSchema.object().string("expression", "The expression, e.g. 15*23+7 or sqrt(2)*pi", true),
                        (args, context) -> calculation(args.string("expression"))),
                SeedTool.of("get_current_time",
                        "The current date and time in an IANA timezone (Asia/Tokyo) or in a city (Japanese or English name). "
                                + "With neither, the server's zone.",
                        InputSchema.object()
                                .string("timezone", "IANA timezone id such as Asia/Tokyo, Europe/London or UTC", false)
                                .string("city", "City name, e.g. 東京, London, New York", false),
                        (args, context) -> clock.now(args.optionalString("timezone"), args.optionalString("city"))),
                SeedTool.of("create_task",
                        "Creates a task in the persistent task list and returns it with its id.",
                        InputSchema.object()
                                .string("title", "Short title, at most " + TaskStore.MAX_TITLE + " characters", true)
                                .string("description", "Optional details", false)
                                .string("due_date", "Optional due date as an ISO date, e.g. 2026-12-31", false)
                                .choice("priority", "Priority (default medium)", TaskStore.PRIORITIES),
                        (args, context) -> tasks.create(args.string("title"), args.optionalString("description"),
                                args.optionalString("due_date"), args.optionalString("priority"))),
                SeedTool.of("list_tasks",
                        "Lists tasks from the persistent task list, oldest first; optionally only open or done ones.",
                        InputSchema.object().choice("status", "Which tasks (default all)", TaskStore.STATUSES),
                        (args, context) -> tasks.list(args.optionalString("status"))),
                SeedTool.of("fetch_url",
                        "Fetches a public http(s) web page and returns its title and readable text. Private, loopback and "
                                + "cloud-metadata addresses are refused.",
                        InputSchema.object()
                                .string("url", "The http or https URL", true)
                                .integer("max_chars", "Maximum characters of text to return (default " + UrlFetcher.DEFAULT_MAX_CHARS + ")",
                                        1, UrlFetcher.MAX_MAX_CHARS),
                        (args, context) -> fetcher.fetch(args.string("url"), args.integer("max_chars", UrlFetcher.DEFAULT_MAX_CHARS),
                                context.cancellation())),
                SeedTool.of("analyze_text",
                        "Counts characters, words, sentences and lines of Japanese or English text, the hiragana, katakana, "
                                + "kanji and Latin letters, detects the language and lists the top keywords.",
                        InputSchema.object().string("text", "The text to analyse", true),
                        (args, context) -> TextStats.analyze(text(args))));
    }

    private static Map<String, Object> calculation(String expression) {
        String formatted = CalcFunctions.format(Calculator.evaluate(expression));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("expression", expression);
        result.put("result", CalcFunctions.asNumber(formatted));
        result.put("formatted", formatted);
        return result;
    }

    /** analyze_text counts whitespace too, so a text of spaces is valid input; only absence is an error. */
    private static String text(Arguments args) {
        if (!(args.input().get("text") instanceof String text)) {
            throw new ToolFailure("argument 'text' is required and must be a string");
        }
        return text;
    }

    private static <T> Supplier<T> lazily(Supplier<T> factory) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = factory.get();
                }
                return value;
            }
        };
    }
}
