package dev.agentcore4j.backend;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.backend.BackendFixture.Response;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What every route does with bad input: unknown paths, wrong methods, bodies that are not JSON objects, oversized bodies. */
class RoutesIT {

    static BackendFixture backend;
    static String session;

    @BeforeAll
    static void start() {
        backend = new BackendFixture(b -> b.mode(Mode.MOCK));
        session = backend.newSession("{}");
    }

    @AfterAll
    static void stop() {
        backend.close();
    }

    @Test
    void unknown_paths_are_json_404s_pointing_at_the_docs() {
        for (String path : List.of("/api/", "/api/nope", "/api/sessions/" + session + "/nope", "/api/sessions//events",
                "/elsewhere", "/api/runtimes/a/sessions/b")) {
            Response response = backend.get(path);
            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.errorCode()).isEqualTo("not_found");
            assertThat(response.errorMessage()).contains("docs/backend-api.md");
        }
    }

    @Test
    void a_wrong_method_is_a_405_with_the_allowed_ones() {
        record Case(String method, String path, String allow) {
        }
        for (Case c : List.of(new Case("PUT", "/api/config", "GET"), new Case("DELETE", "/api/sessions", "GET, POST"),
                new Case("POST", "/api/sessions/" + session, "GET, DELETE"),
                new Case("PUT", "/api/sessions/" + session + "/events", "GET, POST"),
                new Case("GET", "/api/sessions/" + session + "/messages", "POST"), new Case("GET", "/api/compare", "POST"),
                new Case("PUT", "/api/benchmarks", "GET, POST"), new Case("POST", "/api/benchmarks/x", "GET"),
                new Case("POST", "/api/runtimes", "GET"), new Case("DELETE", "/api/settings", "GET, PUT"))) {
            Response response = backend.send(c.method(), c.path(), "");
            assertThat(response.status()).as(c.method() + " " + c.path()).isEqualTo(405);
            assertThat(response.header("Allow")).isEqualTo(c.allow());
            assertThat(response.errorCode()).isEqualTo("method_not_allowed");
        }
    }

    @Test
    void every_body_must_be_a_json_object() {
        List<String[]> routes = List.of(new String[] {"POST", "/api/sessions"},
                new String[] {"POST", "/api/sessions/" + session + "/events"},
                new String[] {"POST", "/api/sessions/" + session + "/messages"}, new String[] {"POST", "/api/compare"},
                new String[] {"POST", "/api/benchmarks"}, new String[] {"PUT", "/api/settings"},
                new String[] {"POST", "/api/runtimes/demo_agent/sessions/" + session + "/stop"});
        for (String[] route : routes) {
            for (String body : List.of("{not json", "[]", "\"text\"", "42")) {
                Response response = backend.send(route[0], route[1], body);
                assertThat(response.status()).as(route[0] + " " + route[1] + " " + body).isEqualTo(400);
                assertThat(response.errorCode()).isEqualTo("invalid_json");
            }
        }
    }

    @Test
    void a_route_without_a_body_refuses_fields() {
        Response response = backend.post("/api/runtimes/demo_agent/sessions/" + session + "/stop", "{\"force\": true}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorMessage()).contains("unknown field \"force\": send no body, or {}");
    }

    @Test
    void an_oversized_body_is_a_413_the_client_always_gets() {
        String big = "{\"text\": \"" + "x".repeat((1 << 20) + 10) + "\"}";
        Response response = backend.post("/api/sessions/" + session + "/messages", big);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.errorCode()).isEqualTo("too_large");
        assertThat(backend.post("/api/compare", big).status()).isEqualTo(413);
    }

    @Test
    void answers_are_json_and_never_cached() {
        Response config = backend.get("/api/config");
        assertThat(config.header("Content-Type")).isEqualTo("application/json");
        assertThat(config.header("Cache-Control")).isEqualTo("no-store");
    }
}
