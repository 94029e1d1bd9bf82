package dev.agentcore4j.container;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.UnaryOperator;

/** The bundled container on 127.0.0.1 port 0 (offline model, seed tools) and a JDK HttpClient. */
final class ContainerFixture implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SESSION_HEADER = "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id";

    private final RuntimeServer server;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    ContainerFixture(Path data, UnaryOperator<ContainerConfig> config) {
        ToolsConfig tools = ToolsConfig.defaults().dataDir(data).semanticSearch(false);
        server = AgentContainer.start(RuntimeConfig.defaults().withHost("127.0.0.1").withPort(0),
                config.apply(ContainerConfig.defaults().withTools(() -> SeedTools.create(tools))));
    }

    HttpResponse<String> send(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code POST /invocations}, with the runtime session header when {@code session} is not null. */
    HttpResponse<String> invoke(String session, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/invocations"))
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (session != null) {
            request.header(SESSION_HEADER, session);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The JSON body of a response that must be 200. */
    static JsonNode ok(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("expected 200, got " + response.statusCode() + ": " + response.body());
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.close();
        client.close();
    }
}
