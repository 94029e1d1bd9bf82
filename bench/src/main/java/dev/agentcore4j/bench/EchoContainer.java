package dev.agentcore4j.bench;

import dev.agentcore4j.runtime.Reply;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same app as the Python SDK peer of the load harness, on our container server: JSON
 * {@code {"result": payload}}, or 20 small SSE events when the caller accepts an event stream.
 * It measures what the container layer costs, with no agent behind it.
 *
 * <p>{@code --train} serves a short workload on a free loopback port and exits (the AOT training run).
 */
public final class EchoContainer {

    static final int STREAM_CHUNKS = Integer.getInteger("chunks", 20);

    private EchoContainer() {
    }

    public static void main(String[] args) throws Exception {
        boolean train = args.length > 0 && args[0].equals("--train");
        RuntimeConfig config = RuntimeConfig.fromEnvironment(System.getenv());
        if (train) {
            config = config.withHost("127.0.0.1").withPort(0);
        }
        RuntimeServer server = RuntimeServer.builder().config(config).handler(invocation -> {
            boolean stream = invocation.context().header("Accept").filter(a -> a.contains("text/event-stream")).isPresent();
            if (!stream) {
                return Reply.json(Map.of("result", invocation.payload()));
            }
            return Reply.stream(sink -> {
                for (int i = 0; i < STREAM_CHUNKS; i++) {
                    Map<String, Object> chunk = new LinkedHashMap<>();
                    chunk.put("chunk", i);
                    chunk.put("text", "token-" + i);
                    sink.send(chunk);
                }
            });
        }).start();
        if (train) {
            try (server) {
                // The client runs in its own JVM so its classes stay out of the AOT cache.
                Process client = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), TrainingClient.class.getName(),
                        Integer.toString(server.port())))
                        .inheritIO().start();
                if (client.waitFor() != 0) {
                    throw new IllegalStateException("training client failed: exit " + client.exitValue());
                }
            }
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        server.awaitClose();
    }
}
