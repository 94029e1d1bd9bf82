package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Our {@link Tool}s as LangChain4j tools: a {@link ToolSpecification} whose parameters are the
 * tool's JSON schema as a LangChain4j {@code JsonObjectSchema}, and a {@link ToolExecutor}.
 *
 * <pre>{@code
 * Map<ToolSpecification, ToolExecutor> tools = LangChain4jTools.of(SeedTools.create());
 * // e.g. AiServices.builder(Assistant.class).tools(tools)...
 * }</pre>
 */
public final class LangChain4jTools {

    private LangChain4jTools() {
    }

    public static ToolSpecification specification(Tool tool) {
        return ToolSpecification.builder()
                .name(tool.spec().name())
                .description(tool.spec().description())
                .parameters(JsonSchemas.toObjectSchema(tool.spec().inputSchema()))
                .build();
    }

    /**
     * An executor that validates arguments against the tool's schema and turns every failure into
     * an error result ({@code ToolExecutionResult.isError()}).
     */
    public static ToolExecutor executor(Tool tool) {
        return new ToolBridge(tool);
    }

    /** Every tool's specification and executor, in the given order. */
    public static Map<ToolSpecification, ToolExecutor> of(List<? extends Tool> tools) {
        Map<ToolSpecification, ToolExecutor> out = new LinkedHashMap<>();
        tools.forEach(tool -> out.put(specification(tool), executor(tool)));
        return out;
    }
}
