package dev.agentcore4j.agent;

import java.util.Map;

/**
 * The body of a tool made with {@link Tools#of}. It may return a {@link ToolOutput}, a String
 * (text), a record (converted to a JSON object) or any JSON-like value.
 */
@FunctionalInterface
public interface ToolFunction {
    Object apply(Map<String, Object> input, ToolContext context) throws Exception;
}
