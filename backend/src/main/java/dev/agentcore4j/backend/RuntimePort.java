package dev.agentcore4j.backend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.agent.Cancellation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockagentcore.model.InvokeAgentRuntimeResponse;
import software.amazon.awssdk.services.bedrockagentcore.model.ResourceNotFoundException;

/**
 * AgentCore Runtime through the AWS SDK: each turn is {@code InvokeAgentRuntime} with the session id
 * as the runtime session id, {@code {"prompt", "engine"}} as the payload and
 * {@code Accept: text/event-stream}. The answer is read as it streams (the SDK's streaming output on
 * this virtual thread; cancelling aborts it) and passed on event by event. An endpoint override (the
 * settings' endpoint) reaches the twin.
 */
final class RuntimePort implements AgentPort {

    private final LiveSettings settings;
    private final SdkClients clients;
    private final String qualifier;

    RuntimePort(LiveSettings settings, SdkClients clients, String qualifier) {
        this.settings = settings;
        this.clients = clients;
        this.qualifier = qualifier;
    }

    @Override
    public Mode mode() {
        return Mode.AGENTCORE;
    }

    @Override
    public void turn(Turn turn, Consumer<ObjectNode> events, Cancellation cancellation) {
        String endpoint = settings.endpoint();
        String arn = arn();
        byte[] payload = Json.bytes(Json.object().put("prompt", turn.text()).put("engine", turn.engine()));
        ResponseInputStream<InvokeAgentRuntimeResponse> response;
        try {
            response = clients.data(endpoint, settings.region(), settings.jwt()).invokeAgentRuntime(b -> b.agentRuntimeArn(arn)
                    .qualifier(qualifier).runtimeSessionId(turn.sessionId()).contentType("application/json")
                    .accept("text/event-stream").payload(SdkBytes.fromByteArray(payload)));
        } catch (SdkException e) {
            throw SdkClients.failure(e, endpoint);
        }
        try (response; var registration = cancellation.onCancel(response::abort)) {
            String type = response.response().contentType();
            if (type != null && type.startsWith("text/event-stream")) {
                relay(response, events, cancellation);
            } else {
                answer(response.readAllBytes(), turn, events);
            }
        } catch (IOException e) {
            if (!cancellation.isCancelled()) {
                throw new UncheckedIOException("the runtime's answer broke off", e);
            }
        }
    }

    private static void relay(ResponseInputStream<?> body, Consumer<ObjectNode> events, Cancellation cancellation)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        for (String line; !cancellation.isCancelled() && (line = reader.readLine()) != null; ) {
            if (line.startsWith("data:")) {
                events.accept(event(line.substring(5).strip()));
            }
        }
    }

    /** The container's events as they are; a bare string (another agent's stream) as text. */
    private static ObjectNode event(String data) {
        try {
            JsonNode node = Json.MAPPER.readTree(data);
            if (node instanceof ObjectNode object && object.path("type").isTextual()) {
                return object;
            }
            return WireEvents.textDelta(node.isTextual() ? node.asText() : node.toString());
        } catch (JsonProcessingException e) {
            return WireEvents.textDelta(data);
        }
    }

    /** A JSON answer (not streamed): its {@code response} as one text event, then {@code finished}. */
    private static void answer(byte[] body, Turn turn, Consumer<ObjectNode> events) {
        String text;
        JsonNode usage = Json.object();
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            text = node.path("response").isTextual() ? node.path("response").asText() : node.toString();
            usage = node.path("usage").isObject() ? node.path("usage") : usage;
        } catch (IOException notJson) {
            text = new String(body, StandardCharsets.UTF_8);
        }
        events.accept(WireEvents.textDelta(text));
        events.accept(Json.object().put("type", "finished").put("session_id", turn.sessionId())
                .put("engine", turn.engine()).put("stop_reason", "end_turn").set("usage", usage));
    }

    @Override
    public String end(String sessionId) {
        String endpoint = settings.endpoint();
        try {
            clients.data(endpoint, settings.region(), settings.jwt()).stopRuntimeSession(b -> b.agentRuntimeArn(arn())
                    .qualifier(qualifier).runtimeSessionId(sessionId));
            return "stopped";
        } catch (ResourceNotFoundException e) {
            return "not_running";
        } catch (SdkException | ApiException e) {
            return "failed: " + (e instanceof SdkException sdk ? SdkClients.failure(sdk, endpoint).getMessage() : e.getMessage());
        }
    }

    private String arn() {
        return settings.runtimeArn().orElseThrow(() -> ApiException.conflict("agentcore mode has no runtime ARN: "
                + "set runtimeArn with PUT /api/settings or AGENT_RUNTIME_ARN"));
    }
}
