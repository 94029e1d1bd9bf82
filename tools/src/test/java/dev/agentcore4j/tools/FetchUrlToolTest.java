package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.agentcore4j.agent.AgentState;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.ToolContext;
import dev.agentcore4j.agent.ToolOutput;
import dev.agentcore4j.agent.ToolResultContent;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** fetch_url against a real JDK HTTP server on 127.0.0.1, port 0. No traffic leaves loopback. */
class FetchUrlToolTest {

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            switch (exchange.getRequestURI().getPath()) {
                case "/page" -> respond(exchange, 200, "text/html; charset=utf-8", """
                        <html><head><title>Sample page</title><script>alert('x')</script></head>
                        <body><h1>Welcome</h1><p>AgentCore   runs agents.</p></body></html>""");
                case "/text" -> respond(exchange, 200, "text/plain; charset=utf-8", "こんにちは、世界");
                case "/json" -> respond(exchange, 200, "application/json", "{\"ok\":true}");
                case "/big" -> respond(exchange, 200, "text/plain", "x".repeat(3_000_000));
                case "/image" -> respond(exchange, 200, "image/png", "\u0089PNG");
                case "/missing" -> respond(exchange, 404, "text/plain", "nope");
                case "/redirect" -> redirect(exchange, "/hop2");
                case "/hop2" -> redirect(exchange, base + "/page");
                case "/loop" -> redirect(exchange, "/loop");
                case "/to-metadata" -> redirect(exchange, "http://169.254.169.254/latest/meta-data/");
                case "/to-ftp" -> redirect(exchange, "ftp://example.invalid/file");
                case "/slow" -> {
                    try {
                        Thread.sleep(5_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    respond(exchange, 200, "text/plain", "late");
                }
                default -> respond(exchange, 404, "text/plain", "unknown");
            }
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client may stop reading at its byte limit
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static ToolCalls tools(FetchPolicy policy) {
        return ToolCalls.of(ToolsConfig.defaults().dataDir(Path.of("unused")).fetchPolicy(policy));
    }

    private final ToolCalls loopbackAllowed = tools(FetchPolicy.defaults().allowLoopback(true));

    @Test
    void extracts_title_and_readable_text_from_html() {
        Map<String, Object> page = loopbackAllowed.ok("fetch_url", Map.of("url", base + "/page"));

        assertThat(page).containsEntry("status", 200).containsEntry("title", "Sample page")
                .containsEntry("text", "Welcome\n\nAgentCore runs agents.").containsEntry("truncated", false)
                .containsEntry("final_url", base + "/page");
    }

    @Test
    void returns_plain_text_and_json_as_they_are() {
        assertThat(loopbackAllowed.ok("fetch_url", Map.of("url", base + "/text"))).containsEntry("text", "こんにちは、世界");
        assertThat(loopbackAllowed.ok("fetch_url", Map.of("url", base + "/json"))).containsEntry("text", "{\"ok\":true}");
    }

    @Test
    void follows_relative_and_absolute_redirects_and_reports_the_final_url() {
        Map<String, Object> page = loopbackAllowed.ok("fetch_url", Map.of("url", base + "/redirect"));

        assertThat(page).containsEntry("url", base + "/redirect").containsEntry("final_url", base + "/page")
                .containsEntry("title", "Sample page");
    }

    @Test
    void stops_after_three_redirects() {
        assertThat(loopbackAllowed.error("fetch_url", Map.of("url", base + "/loop")))
                .startsWith("too many redirects (more than 3)");
        assertThat(requests.get()).isEqualTo(4);
    }

    @Test
    void re_checks_every_redirect_target_before_connecting() {
        assertThat(loopbackAllowed.error("fetch_url", Map.of("url", base + "/to-metadata")))
                .isEqualTo("refused to fetch 169.254.169.254: it resolves to a link-local address (169.254.169.254); "
                        + "only public internet addresses may be fetched");
        assertThat(loopbackAllowed.error("fetch_url", Map.of("url", base + "/to-ftp")))
                .isEqualTo("only http and https URLs can be fetched, got 'ftp:'");
    }

    @Test
    void reads_at_most_the_byte_limit_and_says_the_response_was_truncated() {
        ToolCalls small = tools(FetchPolicy.defaults().allowLoopback(true).maxBytes(10_000));

        Map<String, Object> big = small.ok("fetch_url", Map.of("url", base + "/big", "max_chars", 100_000));

        assertThat(big).containsEntry("truncated", true).containsEntry("characters", 10_000);
        assertThat(big.get("note").toString()).contains("larger than 10000 bytes");
    }

    @Test
    void shortens_the_text_to_max_chars() {
        Map<String, Object> page = loopbackAllowed.ok("fetch_url", Map.of("url", base + "/text", "max_chars", 5));

        assertThat(page).containsEntry("text", "こんにちは").containsEntry("truncated", true).containsEntry("characters", 8);
    }

    @Test
    void reports_http_errors_unsupported_content_and_bad_arguments() {
        assertThat(loopbackAllowed.error("fetch_url", Map.of("url", base + "/missing"))).isEqualTo("HTTP 404 from " + base + "/missing");
        assertThat(loopbackAllowed.error("fetch_url", Map.of("url", base + "/image"))).startsWith("unsupported content type 'image/png'");
        assertThat(loopbackAllowed.error("fetch_url", Map.of())).isEqualTo("argument 'url' is required");
        assertThat(loopbackAllowed.error("fetch_url", Map.of("url", base + "/page", "max_chars", 0)))
                .isEqualTo("argument 'max_chars' must be at least 1");
        assertThat(loopbackAllowed.error("fetch_url", Map.of("url", "file:///etc/passwd")))
                .isEqualTo("only http and https URLs can be fetched, got 'file:'");
        assertThat(loopbackAllowed.error("fetch_url", Map.of("url", "http://user:secret@127.0.0.1:1/")))
                .isEqualTo("URLs with credentials (user@host) are not fetched");
        assertThat(loopbackAllowed.error("fetch_url", Map.of("url", "not a url"))).startsWith("not a valid URL");
    }

    @Test
    void gives_up_at_the_time_limit() {
        ToolCalls impatient = tools(FetchPolicy.defaults().allowLoopback(true).timeout(Duration.ofMillis(300)));

        assertThat(impatient.error("fetch_url", Map.of("url", base + "/slow"))).isEqualTo("timed out after 300 ms");
    }

    @Test
    void stops_when_the_invocation_is_cancelled() throws Exception {
        Cancellation cancellation = Cancellation.create();
        Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            cancellation.cancel();
        });

        ToolOutput output = loopbackAllowed.tool("fetch_url").invoke(Map.of("url", base + "/slow"),
                new ToolContext("t1", "fetch_url", new AgentState(), cancellation));

        assertThat(output.isError()).isTrue();
        assertThat(((ToolResultContent.Text) output.content().getFirst()).text()).isEqualTo("fetch cancelled");
    }

    @Test
    void default_policy_refuses_loopback_private_and_metadata_addresses_before_connecting() {
        ToolCalls guarded = tools(FetchPolicy.defaults());
        int port = server.getAddress().getPort();

        assertThat(guarded.error("fetch_url", Map.of("url", base + "/page"))).startsWith("refused to fetch 127.0.0.1: it resolves to a loopback address");
        assertThat(guarded.error("fetch_url", Map.of("url", "http://localhost:" + port + "/page"))).startsWith("refused to fetch localhost: it resolves to a loopback address");
        assertThat(guarded.error("fetch_url", Map.of("url", "http://[::1]:" + port + "/page"))).contains("loopback address");
        assertThat(guarded.error("fetch_url", Map.of("url", "http://10.0.0.1/"))).startsWith("refused to fetch 10.0.0.1: it resolves to a private address");
        assertThat(guarded.error("fetch_url", Map.of("url", "http://169.254.169.254/latest/meta-data/"))).contains("link-local address");
        assertThat(guarded.error("fetch_url", Map.of("url", "http://0.0.0.0:" + port + "/"))).contains("unspecified address");
        assertThat(requests.get()).isZero();
    }
}
