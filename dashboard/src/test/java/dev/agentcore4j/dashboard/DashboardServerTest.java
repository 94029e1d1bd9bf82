package dev.agentcore4j.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The dashboard's port with a real client: files, types, caching, the API mount and the loopback guard. */
class DashboardServerTest {

    static {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
    }

    private final List<String> apiCalls = new CopyOnWriteArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private DashboardServer server;

    @BeforeEach
    void start() {
        server = DashboardServer.start(DashboardConfig.defaults().withPort(0), exchange -> {
            apiCalls.add(exchange.getRequestMethod() + " " + exchange.getRequestURI());
            byte[] body = "{\"mounted\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
    }

    @AfterEach
    void stop() {
        server.close();
        http.close();
    }

    @Test
    void serves_the_app_at_the_root_with_html_type_revalidation_and_a_content_security_policy() throws Exception {
        HttpResponse<String> index = get("/");
        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(index.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(index.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(index.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("connect-src 'self' http://127.0.0.1:*").contains("https://*.amazonaws.com"));
        assertThat(index.body()).contains("<main id=\"main\"").contains("/js/app.js");
        assertThat(server.url()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
    }

    @Test
    void gives_scripts_styles_and_svg_their_content_types() throws Exception {
        assertThat(get("/js/app.js").headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(get("/js/i18n/ja.js").body()).contains("'nav.chat': 'チャット'");
        assertThat(get("/css/app.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(get("/favicon.svg").headers().firstValue("Content-Type")).contains("image/svg+xml");
    }

    @Test
    void answers_304_when_the_etag_still_matches() throws Exception {
        HttpResponse<String> first = get("/js/app.js");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/js/app.js")).header("If-None-Match", etag).build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void serves_chart_js_from_its_webjar_with_or_without_the_version_in_the_path() throws Exception {
        HttpResponse<String> unversioned = get("/webjars/chart.js/dist/chart.umd.min.js");
        assertThat(unversioned.statusCode()).isEqualTo(200);
        assertThat(unversioned.headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(unversioned.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(unversioned.body()).contains("Chart.js");

        String version = unversioned.body().replaceAll("(?s).*Chart\\.js v([0-9.]+).*", "$1");
        HttpResponse<String> versioned = get("/webjars/chart.js/" + version + "/dist/chart.umd.min.js");
        assertThat(versioned.statusCode()).isEqualTo(200);
        assertThat(versioned.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(get("/webjars/no-such-lib/x.js").statusCode()).isEqualTo(404);
    }

    @Test
    void head_answers_the_headers_without_a_body() throws Exception {
        HttpResponse<String> head = send(HttpRequest.newBuilder(uri("/css/app.css")).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Length").map(Integer::parseInt)).hasValueSatisfying(n -> assertThat(n).isPositive());
        assertThat(head.body()).isEmpty();
    }

    @Test
    void refuses_paths_that_leave_the_app_or_name_directories_or_class_files() throws Exception {
        for (String path : List.of("/../pom.xml", "/js/../index.html", "/%2e%2e/x.js", "/js", "/js/", "/nothing.js",
                "/dev/agentcore4j/dashboard/Assets.class", "/META-INF/MANIFEST.MF", "/webjars/chart.js/../../x.js")) {
            HttpResponse<String> response = get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("\"code\":\"not_found\"");
        }
    }

    @Test
    void refuses_writes_to_files_naming_the_allowed_methods() throws Exception {
        HttpResponse<String> post = send(HttpRequest.newBuilder(uri("/index.html")).POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(post.body()).contains("method_not_allowed").contains("/api/");
    }

    @Test
    void hands_everything_under_api_to_the_mounted_backend() throws Exception {
        HttpResponse<String> config = get("/api/config");
        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/sessions?x=1"))
                .header("Origin", "http://127.0.0.1:" + server.port()).POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(config.body()).isEqualTo("{\"mounted\":true}");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(apiCalls).containsExactly("GET /api/config", "POST /api/sessions?x=1");
    }

    @Test
    void refuses_api_changes_from_another_origin_and_any_request_for_a_foreign_host() throws Exception {
        HttpResponse<String> crossSite = send(HttpRequest.newBuilder(uri("/api/sessions"))
                .header("Origin", "http://evil.example").POST(HttpRequest.BodyPublishers.ofString("{}")).build());
        assertThat(crossSite.statusCode()).isEqualTo(403);
        assertThat(crossSite.body()).contains("origin 'http://evil.example' is refused");

        HttpResponse<String> crossSiteRead = send(HttpRequest.newBuilder(uri("/api/sessions")).header("Origin", "http://evil.example").build());
        assertThat(crossSiteRead.statusCode()).as("reads are harmless: the browser withholds the answer without CORS").isEqualTo(200);
        assertThat(apiCalls).containsExactly("GET /api/sessions");

        // What a DNS-rebinding page sends: our address, its own host name (the JDK client will not forge Host).
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port())) {
            socket.getOutputStream().write(("GET / HTTP/1.1\r\nHost: attacker.example:" + server.port()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            String rebound = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(rebound).startsWith("HTTP/1.1 403").contains("not a loopback name")
                    .contains("http://127.0.0.1:" + server.port() + "/");
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).build());
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
