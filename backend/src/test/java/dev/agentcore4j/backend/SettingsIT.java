package dev.agentcore4j.backend;

import static dev.agentcore4j.backend.SessionsIT.assertBad;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.backend.BackendFixture.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Settings: a round trip through the store, secrets never answered in full, every field checked. */
class SettingsIT {

    static final String API_KEY = "sk-ant-test-0000000000000000wxyz";
    static final String JWT = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ0ZXN0In0.c2lnbmF0dXJlabcd";

    BackendFixture backend;

    @BeforeEach
    void start() {
        backend = new BackendFixture(b -> b.mode(Mode.MOCK));
    }

    @AfterEach
    void stop() {
        backend.close();
    }

    @Test
    void the_defaults_are_the_start_up_configuration() {
        JsonNode settings = backend.get("/api/settings").json();
        assertThat(settings.path("provider").asText()).isEqualTo("offline");
        assertThat(settings.path("providerOptions").isEmpty()).isTrue();
        assertThat(settings.path("endpoint").asText()).isEqualTo("http://127.0.0.1:8790");
        assertThat(settings.path("runtimeArn").asText()).isEmpty();
        assertThat(settings.path("region").asText()).isEqualTo("us-east-1");
        assertThat(settings.path("jwt").asText()).isEmpty();
        assertThat(settings.path("updatedAt").asText()).isEmpty();
    }

    @Test
    void settings_round_trip_through_the_store_with_secrets_masked() {
        String arn = "arn:aws:bedrock-agentcore:us-west-2:123456789012:runtime/demo_agent-AbCdEf0123";
        Response saved = backend.put("/api/settings", """
                {"provider": "anthropic", "providerOptions": {"apiKey": "%s", "model": "claude-test", "maxTokens": 1024},
                 "endpoint": "http://localhost:9999/", "runtimeArn": "%s", "jwt": "%s"}""".formatted(API_KEY, arn, JWT));
        assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        assertThat(saved.body()).doesNotContain(API_KEY).doesNotContain(JWT);
        JsonNode view = saved.json();
        assertThat(view.path("providerOptions").path("apiKey").asText()).isEqualTo("****wxyz");
        assertThat(view.path("providerOptions").path("model").asText()).isEqualTo("claude-test");
        assertThat(view.path("providerOptions").path("maxTokens").asText()).isEqualTo("1024");
        assertThat(view.path("endpoint").asText()).isEqualTo("http://localhost:9999");
        assertThat(view.path("region").asText()).as("the ARN's region").isEqualTo("us-west-2");
        assertThat(view.path("jwt").asText()).isEqualTo("****abcd");
        assertThat(view.path("updatedAt").asText()).endsWith("Z");

        JsonNode config = backend.get("/api/config").json();
        assertThat(config.path("provider").asText()).isEqualTo("anthropic");
        assertThat(config.path("jwt").asBoolean()).isTrue();
        assertThat(config.path("runtimeArn").asText()).isEqualTo(arn);
        assertThat(config.path("endpoint").asText()).isEqualTo("http://localhost:9999");

        backend.restart();
        assertThat(backend.get("/api/settings").json()).as("kept in the store").isEqualTo(view);

        // The settings page sends back what it got: masked secrets keep the stored ones.
        Response resent = backend.put("/api/settings", Json.write(((com.fasterxml.jackson.databind.node.ObjectNode) view.deepCopy())
                .without(java.util.List.of("updatedAt", "region"))));
        assertThat(resent.status()).as(resent.body()).isEqualTo(200);
        assertThat(resent.json().path("providerOptions").path("apiKey").asText()).isEqualTo("****wxyz");
        assertThat(resent.json().path("jwt").asText()).isEqualTo("****abcd");
        String stored = new String(readStore(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(stored).as("the real secrets are what is stored").contains(API_KEY).contains(JWT);

        Response cleared = backend.put("/api/settings", "{\"provider\": \"anthropic\", \"providerOptions\": {\"apiKey\": \"\"}, \"jwt\": \"\"}");
        assertThat(cleared.status()).isEqualTo(400);
        assertThat(cleared.errorMessage()).as("anthropic without a key cannot build").contains("API key");

        Response offline = backend.put("/api/settings", "{\"provider\": \"offline\", \"jwt\": \"\"}");
        assertThat(offline.status()).isEqualTo(200);
        assertThat(offline.json().path("jwt").asText()).isEmpty();
        assertThat(offline.json().path("providerOptions").isEmpty()).isTrue();
        assertThat(offline.json().path("endpoint").asText()).as("back to the start-up endpoint").isEqualTo("http://127.0.0.1:8790");
        assertThat(backend.get("/api/config").json().path("jwt").asBoolean()).isFalse();
    }

    @Test
    void every_settings_field_is_checked() {
        assertBad(backend.put("/api/settings", "{}"), "\"provider\" is required");
        assertBad(backend.put("/api/settings", "{\"provider\": \"gpt\"}"), "one of offline, bedrock, openai, anthropic");
        assertBad(backend.put("/api/settings", "{\"provider\": \"anthropic\"}"), "cannot be used with these options", "API key");
        assertBad(backend.put("/api/settings", "{\"provider\": \"offline\", \"providerOptions\": {\"apiKey\": \"x\"}}"),
                "unknown field \"providerOptions.apiKey\"");
        assertBad(backend.put("/api/settings", "{\"provider\": \"openai\", \"providerOptions\": {\"temperature\": \"1\"}}"),
                "the fields here are apiKey, baseUrl, model");
        assertBad(backend.put("/api/settings", "{\"provider\": \"anthropic\", \"providerOptions\": {\"apiKey\": \"k\", \"maxTokens\": \"many\"}}"),
                "\"providerOptions.maxTokens\" must be an integer");
        assertBad(backend.put("/api/settings", "{\"provider\": \"offline\", \"endpoint\": \"http://10.0.0.1:8790\"}"),
                "not on this machine");
        assertBad(backend.put("/api/settings", "{\"provider\": \"offline\", \"endpoint\": \"ftp://127.0.0.1\"}"), "http(s) URL");
        assertBad(backend.put("/api/settings", "{\"provider\": \"offline\", \"runtimeArn\": \"arn:aws:s3:::bucket\"}"),
                "not an AgentCore runtime ARN");
        assertBad(backend.put("/api/settings", "{\"provider\": \"offline\", \"region\": \"mars\"}"), "not an AWS region");
        assertBad(backend.put("/api/settings", """
                {"provider": "offline", "region": "eu-west-1",
                 "runtimeArn": "arn:aws:bedrock-agentcore:us-east-1:123456789012:runtime/demo_agent-AbCdEf0123"}"""),
                "differs from the runtimeArn's region us-east-1");
        assertBad(backend.put("/api/settings", "{\"provider\": \"offline\", \"jwt\": \"Bearer abc\"}"), "is not a JWT");
        assertBad(backend.put("/api/settings", "{\"provider\": \"offline\", \"theme\": \"dark\"}"), "unknown field \"theme\"");
        assertThat(backend.put("/api/settings", "nope").errorCode()).isEqualTo("invalid_json");
        assertThat(backend.post("/api/settings", "{}").status()).isEqualTo(405);
        assertThat(backend.get("/api/settings").json().path("updatedAt").asText()).as("nothing was saved").isEmpty();
    }

    private byte[] readStore() {
        try {
            // The WAL holds the latest commits until a checkpoint: read both.
            byte[] db = java.nio.file.Files.readAllBytes(backend.dataDir.resolve(Store.FILE));
            java.nio.file.Path wal = backend.dataDir.resolve(Store.FILE + "-wal");
            byte[] log = java.nio.file.Files.exists(wal) ? java.nio.file.Files.readAllBytes(wal) : new byte[0];
            byte[] both = java.util.Arrays.copyOf(db, db.length + log.length);
            System.arraycopy(log, 0, both, db.length, log.length);
            return both;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
