package dev.agentcore4j.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RoutesIT {

    private TestServer server;

    @BeforeEach
    void start() {
        server = new TestServer(b -> b
                .handler(invocation -> Reply.json(Map.of("invoked", true)))
                .route("GET", "/health", request -> Reply.json(Map.of("status", "healthy")))
                .route("GET", "/items/{id}", request -> Reply.json(Map.of("id", request.pathParam("id"),
                        "verbose", request.queryParam("verbose").orElse("no"))))
                .route("POST", "/items/{id}/notes", request -> Reply.json(Map.of("id", request.pathParam("id"),
                        "note", request.body().path("note").asText("none"))))
                .route("DELETE", "/items/{id}", request -> {
                    throw new ClientError(404, "item " + request.pathParam("id") + " not found");
                })
                .route("GET", "/broken", request -> {
                    throw new IllegalStateException("secret internals");
                }));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body);
        return server.send(HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(10)).method(method, publisher));
    }

    @Test
    void an_exact_route_answers_json() throws Exception {
        HttpResponse<String> response = send("GET", "/health", null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.body()).isEqualTo("{\"status\":\"healthy\"}");
    }

    @Test
    void template_segments_and_query_parameters_are_decoded() throws Exception {
        HttpResponse<String> response = send("GET", "/items/a%20b?verbose=yes", null);
        assertThat(response.body()).contains("\"id\":\"a b\"", "\"verbose\":\"yes\"");
    }

    @Test
    void a_post_route_reads_the_json_body() throws Exception {
        assertThat(send("POST", "/items/7/notes", "{\"note\":\"hi\"}").body()).contains("\"note\":\"hi\"");
        assertThat(send("POST", "/items/7/notes", null).body()).contains("\"note\":\"none\"");
    }

    @Test
    void a_bad_json_body_is_answered_400() throws Exception {
        HttpResponse<String> response = send("POST", "/items/7/notes", "{oops");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Invalid JSON");
    }

    @Test
    void a_client_error_is_answered_with_its_status_and_message() throws Exception {
        HttpResponse<String> response = send("DELETE", "/items/9", null);
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"item 9 not found\"}");
    }

    @Test
    void an_unexpected_failure_is_answered_generically() throws Exception {
        HttpResponse<String> response = send("GET", "/broken", null);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).doesNotContain("secret").contains("Internal server error");
    }

    @Test
    void a_known_path_with_another_method_is_405_with_allow() throws Exception {
        HttpResponse<String> response = send("PUT", "/items/1", "{}");
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("GET, DELETE");
    }

    @Test
    void unknown_paths_stay_404_and_the_contract_paths_are_untouched() throws Exception {
        assertThat(send("GET", "/items", null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/items/1/notes/x", null).statusCode()).isEqualTo(404);
        assertThat(server.invoke("{}").body()).isEqualTo("{\"invoked\":true}");
        assertThat(server.ping().statusCode()).isEqualTo(200);
    }

    @Test
    void a_route_cannot_replace_a_contract_path_or_have_a_bad_shape() {
        RuntimeServer.Builder builder = RuntimeServer.builder();
        assertThatThrownBy(() -> builder.route("POST", "/invocations", r -> Reply.json(Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contract path");
        assertThatThrownBy(() -> builder.route("GET", "health", r -> Reply.json(Map.of())))
                .hasMessageContaining("must start with /");
        assertThatThrownBy(() -> builder.route("G E T", "/x", r -> Reply.json(Map.of())))
                .hasMessageContaining("HTTP method");
    }
}
