package dev.agentcore4j.model.offline;

import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.ToolOutput;
import dev.agentcore4j.agent.Tools;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Stand-ins for the seed tools with the same names, schemas and result shapes (the tools module owns the real ones). */
final class SeedToolFakes {

    private SeedToolFakes() {
    }

    static Map<String, Object> schema(Map<String, Object> properties, List<Object> required) {
        return Map.of("type", "object", "properties", properties, "required", required);
    }

    static final Map<String, Object> STRING = Map.of("type", "string");

    static List<Tool> all() {
        return List.of(
                Tools.of("get_current_weather", "Current weather", schema(Map.of("city", STRING, "unit", STRING), List.of("city")),
                        (in, ctx) -> {
                            var m = new LinkedHashMap<String, Object>();
                            m.put("city", "Tokyo");
                            m.put("city_ja", "東京");
                            m.put("condition", "Sunny");
                            m.put("condition_ja", "晴れ");
                            m.put("temperature", 18.5);
                            m.put("temperature_text", "18.5°C");
                            m.put("humidity_percent", 60);
                            m.put("wind_kph", 12);
                            m.put("source", "offline sample dataset");
                            return m;
                        }),
                Tools.of("calculate", "Calculator", schema(Map.of("expression", STRING), List.of("expression")),
                        (in, ctx) -> Map.of("expression", in.get("expression"), "result", 352, "formatted", "352")),
                Tools.of("get_current_time", "Time", schema(Map.of("timezone", STRING, "city", STRING), List.of()),
                        (in, ctx) -> Map.of("city", "Tokyo", "city_ja", "東京", "timezone", "Asia/Tokyo", "date", "2026-01-02",
                                "time", "09:30:00", "day_of_week", "Friday")),
                Tools.of("create_task", "Tasks", schema(Map.of("title", STRING), List.of("title")),
                        (in, ctx) -> Map.of("created", true, "task", Map.of("id", "task-0001", "title", in.get("title"),
                                "priority", "medium", "status", "open"))),
                Tools.of("list_tasks", "List tasks", schema(Map.of("status", STRING), List.of()),
                        (in, ctx) -> Map.of("count", 1, "tasks", List.of(Map.of("id", "task-0001", "title", "review the PR")))),
                Tools.of("search_documents", "Search", schema(Map.of("query", STRING), List.of("query")),
                        (in, ctx) -> Map.of("query", in.get("query"), "count", 1, "results",
                                List.of(Map.of("title", "Deploying to AgentCore", "snippet", "Use ./ac4j launch.")))),
                Tools.of("fetch_url", "Fetch", schema(Map.of("url", STRING), List.of("url")),
                        (in, ctx) -> ToolOutput.error("address 127.0.0.1 is not allowed (SSRF guard)")),
                Tools.of("analyze_text", "Analyze", schema(Map.of("text", STRING), List.of("text")),
                        (in, ctx) -> Map.of("characters", 19, "words", 4, "sentences", 1, "language", "en",
                                "top_keywords", List.of("love", "product"))));
    }
}
