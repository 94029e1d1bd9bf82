package dev.agentcore4j.backend;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The backend on port 0 over a temporary data directory, and the JDK HttpClient to call it. Restart
 * it to close and reopen the store on the same directory.
 */
final class BackendFixture implements AutoCloseable {

    static {
        // The backend, the twin and robaho log at INFO; tests read failures, not progress.
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    /** An answer: status, the body as text and, when it is JSON, parsed. */
    record Response(int status, String body, JsonNode json, HttpResponse<String> raw) {
        String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        String errorCode() {
            return json.path("error").path("code").asText();
        }

        String errorMessage() {
            return json.path("error").path("message").asText();
        }
    }

    final Path dataDir;
    private final UnaryOperator<BackendConfig.Builder> settings;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    BackendServer server;

    BackendFixture(UnaryOperator<BackendConfig.Builder> settings) {
        try {
            this.dataDir = Files.createTempDirectory("backend-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.settings = settings;
        start();
    }

    void start() {
        server = BackendServer.start(settings.apply(BackendConfig.builder().dataDir(dataDir)).build(), 0);
    }

    /** Closes the server and the store, then opens both again on the same data directory. */
    void restart() {
        server.close();
        start();
    }

    Response get(String path) {
        return send("GET", path, "");
    }

    Response post(String path, String body) {
        return send("POST", path, body);
    }

    Response put(String path, String body) {
        return send("PUT", path, body);
    }

    Response delete(String path) {
        return send("DELETE", path, "");
    }

    Response send(String method, String path, String body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = MissingNode.getInstance();
            if (response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                json = Json.MAPPER.readTree(response.body());
            }
            return new Response(response.statusCode(), response.body(), json, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** POSTs and reads the answer as server-sent events: every {@code data:} frame, parsed. */
    List<JsonNode> sse(String path, String body) {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/event-stream").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
            assertThat(response.statusCode()).as("status of POST " + path).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
            List<JsonNode> events = new ArrayList<>();
            try (Stream<String> lines = response.body()) {
                for (String line : (Iterable<String>) lines::iterator) {
                    if (line.startsWith("data: ")) {
                        events.add(Json.MAPPER.readTree(line.substring(6)));
                    }
                }
            }
            return events;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Starts a session and returns its id. */
    String newSession(String body) {
        Response created = post("/api/sessions", body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("sessionId").asText();
    }

    URI uri(String path) {
        return server.endpoint().resolve(path);
    }

    static String text(List<JsonNode> events) {
        StringBuilder out = new StringBuilder();
        events.stream().filter(e -> e.path("type").asText().equals("text_delta")).forEach(e -> out.append(e.path("text").asText()));
        return out.toString();
    }

    @Override
    public void close() {
        server.close();
        http.close();
        try (Stream<Path> paths = Files.walk(dataDir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
