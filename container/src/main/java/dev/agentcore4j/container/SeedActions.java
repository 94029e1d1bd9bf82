package dev.agentcore4j.container;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.runtime.ClientError;
import dev.agentcore4j.runtime.InvocationContext;
import dev.agentcore4j.runtime.Reply;
import java.util.List;

/**
 * The seed's {@code {"action": …}} routing inside {@code POST /invocations}: the same operations as
 * the seed routes, for callers that can only reach {@code /invocations} (AgentCore Runtime itself).
 */
final class SeedActions {

    static final List<String> ACTIONS = List.of("create_session", "get_session", "send_message", "get_messages",
            "end_session", "get_agent_info", "get_agent_comparison", "get_agent_tools", "health_check", "run_benchmark");

    private final SeedApi api;

    SeedActions(SeedApi api) {
        this.api = api;
    }

    static boolean isAction(JsonNode payload) {
        return payload.isObject() && payload.has("action");
    }

    Reply handle(JsonNode payload, InvocationContext context) {
        JsonNode action = payload.path("action");
        if (!action.isTextual()) {
            throw unknown(action.toString());
        }
        return switch (action.asText()) {
            case "create_session" -> Reply.json(api.createSession(payload));
            case "get_session" -> Reply.json(api.getSession(sessionId(payload, context)));
            case "send_message" -> api.send(sessionId(payload, context), payload, context.authorization(),
                    context.cancellation()::onCancel);
            case "get_messages" -> Reply.json(api.messages(sessionId(payload, context)));
            case "end_session" -> Reply.json(api.end(sessionId(payload, context)));
            case "get_agent_info" -> Reply.json(api.info());
            case "get_agent_comparison" -> Reply.json(api.comparison());
            case "get_agent_tools" -> Reply.json(api.tools());
            case "health_check" -> Reply.json(api.health());
            case "run_benchmark" -> Reply.json(api.benchmark(payload));
            default -> throw unknown("'" + action.asText() + "'");
        };
    }

    /** {@code "session_id"} in the payload (or its {@code input}), else the runtime session header. */
    private static String sessionId(JsonNode payload, InvocationContext context) {
        return SeedApi.text(payload, "session_id")
                .or(() -> SeedApi.text(payload.path("input"), "session_id"))
                .or(context::sessionId)
                .orElseThrow(() -> new ClientError(400, "this action needs \"session_id\": create one with "
                        + "{\"action\": \"create_session\"}"));
    }

    private static ClientError unknown(String action) {
        return new ClientError(400, "unknown action " + action + ": use one of " + String.join(", ", ACTIONS));
    }
}
