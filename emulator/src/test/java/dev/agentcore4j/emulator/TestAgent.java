package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.contract.PingStatus;
import dev.agentcore4j.runtime.ClientError;
import dev.agentcore4j.runtime.InvocationHandler;
import dev.agentcore4j.runtime.Reply;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The agent the twin runs in these tests, in process or as its own JVM ({@link #main}). Each
 * instance keeps a counter, so two sessions sharing state would show.
 */
final class TestAgent {

    /** Released by a test to let a gated stream send its second event. */
    static final Semaphore GATE = new Semaphore(0);

    private final AtomicInteger counter = new AtomicInteger();
    private final String instance = UUID.randomUUID().toString();
    private final AtomicBoolean busy = new AtomicBoolean();

    static InvocationHandler handler() {
        return new TestAgent()::handle;
    }

    /** Process mode: {@code PORT} and {@code HOST} come from the twin. */
    public static void main(String[] args) throws Exception {
        TestAgent agent = new TestAgent();
        RuntimeServer server = RuntimeServer.builder().config(RuntimeConfig.fromEnvironment(System.getenv()))
                .handler(agent::handle)
                .ping(() -> agent.busy.get() ? PingStatus.HEALTHY_BUSY : PingStatus.HEALTHY)
                .route("GET", "/.well-known/agent-card.json", request -> Reply.json(Map.of("name", "test_agent",
                        "protocolVersion", "0.3.0", "pid", ProcessHandle.current().pid())))
                .start();
        server.awaitClose();
    }

    private Reply handle(dev.agentcore4j.runtime.Invocation invocation) throws Exception {
        JsonNode payload = invocation.payload();
        return switch (payload.path("op").asText("count")) {
            case "count" -> Reply.json(Map.of("count", counter.incrementAndGet(), "instance", instance,
                    "pid", ProcessHandle.current().pid(), "env", System.getenv().getOrDefault("GREETING", "")));
            case "headers" -> {
                Map<String, String> headers = new TreeMap<>();
                invocation.context().allHeaders().forEach((k, v) -> headers.put(k.toLowerCase(), v.getFirst()));
                yield Reply.json(Map.of("headers", headers, "echo", payload.path("echo").asText("")));
            }
            case "fail" -> throw new ClientError(500, "the agent's own error text");
            case "busy" -> {
                busy.set(payload.path("on").asBoolean());
                yield Reply.json(Map.of("busy", busy.get(), "pid", ProcessHandle.current().pid()));
            }
            case "hang" -> {
                Thread.sleep(TimeUnit.MINUTES.toMillis(5));
                yield Reply.json(Map.of());
            }
            case "gated-stream" -> Reply.stream(sink -> {
                sink.send("first");
                if (!GATE.tryAcquire(20, TimeUnit.SECONDS)) {
                    sink.send("gate never opened");
                }
                sink.send("second");
            });
            case "stream" -> Reply.stream(sink -> {
                for (String word : List.of("one", "two", "three")) {
                    sink.send(word);
                }
            });
            default -> throw new ClientError(400, "unknown op");
        };
    }
}
