package dev.agentcore4j.agent;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Factories for {@link Tool}s.
 *
 * <pre>{@code
 * Tool add = Tools.of("add", "Adds two integers",
 *         Map.of("type", "object",
 *                "properties", Map.of("a", Map.of("type", "integer"), "b", Map.of("type", "integer")),
 *                "required", List.of("a", "b")),
 *         (input, context) -> ((Number) input.get("a")).longValue() + ((Number) input.get("b")).longValue());
 *
 * List<Tool> fromMethods = Tools.fromObject(new CalendarTools());  // methods with @ToolMethod
 * }</pre>
 */
public final class Tools {

    private Tools() {
    }

    public static Tool of(String name, String description, Map<String, Object> inputSchema, ToolFunction function) {
        return new FunctionTool(new ToolSpec(name, description, inputSchema), function);
    }

    /**
     * One tool per {@link ToolMethod}-annotated method of {@code target} (instance methods, in name
     * order), with the input schema derived from the parameter types.
     *
     * @throws IllegalArgumentException if there is no such method or a parameter type has no schema
     */
    public static List<Tool> fromObject(Object target) {
        List<Tool> tools = Arrays.stream(target.getClass().getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(ToolMethod.class))
                .filter(m -> !Modifier.isStatic(m.getModifiers()))
                .sorted(Comparator.comparing(Method::getName))
                .map(m -> (Tool) new MethodTool(target, m))
                .toList();
        if (tools.isEmpty()) {
            throw new IllegalArgumentException(target.getClass().getName() + " has no @ToolMethod instance methods");
        }
        return tools;
    }

    /** The JSON schema {@link Tools} derives for a record type (used for tool inputs and structured output). */
    public static Map<String, Object> schemaOf(Class<? extends Record> type) {
        return JsonValues.copyObject(TypeSchemas.forRecord(type), "schema");
    }
}
