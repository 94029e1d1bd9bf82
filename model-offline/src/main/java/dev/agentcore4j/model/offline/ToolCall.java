package dev.agentcore4j.model.offline;

import java.util.Map;

/** A tool call the offline model decided to make, and where its intent appeared in the prompt. */
record ToolCall(String name, Map<String, Object> input, int position) { }
