package dev.agentcore4j.compare;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.contract.AgentCoreHeaders;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** A running agent container: {@code POST /invocations} per turn, one session id per scenario run. */
final class EndpointTarget implements Target {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    private final URI base;
    private final String engine;
    private final HttpClient client;

    EndpointTarget(URI baseUrl, String engine, HttpClient client) {
        this.base = Endpoints.base(baseUrl);
        this.engine = Objects.requireNonNull(engine, "engine");
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public String label() {
        return engine + "@container";
    }

    @Override
    public String engine() {
        return engine;
    }

    @Override
    public String where() {
        return base.toString();
    }

    @Override
    public void prepare() {
        HttpResponse<String> ping = send(HttpRequest.newBuilder(base.resolve("/ping")).GET());
        if (ping.statusCode() != 200) {
            throw new CompareException(base + "/ping answered " + ping.statusCode()
                    + "; is it an AgentCore container? Start one with ./ac4j agent");
        }
    }

    @Override
    public Transcript run(Scenario scenario) {
        String session = "ac4j-compare-" + UUID.randomUUID();
        List<ToolCall> calls = new ArrayList<>();
        List<Recalled> recalled = new ArrayList<>();
        long in = 0;
        long out = 0;
        String answer = "";
        for (String turn : scenario.turns()) {
            JsonNode reply = invoke(session, turn);
            if (reply.path("engine").isTextual() && !reply.path("engine").asText().equals(engine)) {
                throw new CompareException("the container ran engine " + reply.path("engine").asText()
                        + ", not " + engine + "; start it with that engine");
            }
            for (JsonNode call : reply.path("tool_calls")) {
                calls.add(new ToolCall(call.path("name").asText(), object(call.path("input"))));
            }
            for (JsonNode record : reply.path("memory").path("recalled")) {
                recalled.add(new Recalled(record.path("text").asText(), record.path("score").asDouble(),
                        record.path("namespace").asText()));
            }
            in += reply.path("usage").path("input_tokens").asLong();
            out += reply.path("usage").path("output_tokens").asLong();
            answer = reply.path("response").asText("");
        }
        return new Transcript(answer, calls, in, out, recalled);
    }

    private JsonNode invoke(String session, String prompt) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("prompt", prompt);
        body.put("engine", engine);
        HttpResponse<String> response;
        try {
            response = send(HttpRequest.newBuilder(base.resolve("/invocations"))
                    .header("Content-Type", "application/json")
                    .header("Accept", "application/json")
                    .header(AgentCoreHeaders.SESSION_ID, session)
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot encode the invocation body", e);
        }
        if (response.statusCode() != 200) {
            throw new CompareException("POST /invocations answered " + response.statusCode() + ": "
                    + excerpt(response.body()));
        }
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new CompareException("POST /invocations answered with something that is not JSON: " + excerpt(response.body()));
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException e) {
            throw new CompareException("nothing answers at " + base + "; start the container with ./ac4j agent or fix --endpoint");
        } catch (IOException e) {
            throw new CompareException("talking to " + base + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CompareException("interrupted while waiting for " + base, e);
        }
    }

    private static Map<String, Object> object(JsonNode node) {
        return node.isObject() ? JSON.convertValue(node, JSON.getTypeFactory()
                .constructMapType(LinkedHashMap.class, String.class, Object.class)) : Map.of();
    }

    private static String excerpt(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "…";
    }
}
