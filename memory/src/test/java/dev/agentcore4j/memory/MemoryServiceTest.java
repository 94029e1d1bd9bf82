package dev.agentcore4j.memory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service as a library: requests in, AWS-shaped responses out, never an exception. */
class MemoryServiceTest {

    MemoryService service;

    @BeforeEach
    void start() throws Exception {
        service = MemoryService.start("eu-west-1", "210987654321", Files.createTempDirectory("memory-service"),
                MemorySettings.builder().statusDelay(Duration.ZERO).build());
    }

    @AfterEach
    void stop() {
        service.close();
    }

    private MemoryResponse call(String method, String path, String body) {
        return service.handle(new MemoryRequest(method, path, Map.of(), body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonNode json(MemoryResponse response) {
        return Json.tree(new String(response.body(), StandardCharsets.UTF_8));
    }

    @Test
    void create_memory_answers_202_with_the_memory_in_the_configured_region_and_epoch_second_timestamps() {
        MemoryResponse created = call("POST", "/memories/create", "{\"name\":\"lib_memory\",\"eventExpiryDuration\":30}");

        assertThat(created.status()).isEqualTo(202);
        assertThat(created.errorType()).isEmpty();
        JsonNode memory = json(created).path("memory");
        assertThat(memory.path("arn").asText()).startsWith("arn:aws:bedrock-agentcore:eu-west-1:210987654321:memory/lib_memory-");
        assertThat(memory.path("createdAt").isNumber()).isTrue();
        assertThat(memory.path("status").asText()).isEqualTo("CREATING");

        MemoryResponse got = call("GET", "/memories/" + memory.path("id").asText() + "/details", "");
        assertThat(got.status()).isEqualTo(200);
        assertThat(json(got).path("memory").path("status").asText()).isEqualTo("ACTIVE");
    }

    @Test
    void a_body_that_is_not_json_is_a_validation_exception_with_reason_cannot_parse() {
        MemoryResponse response = call("POST", "/memories/create", "name=oops");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errorType()).contains("ValidationException");
        assertThat(json(response).path("reason").asText()).isEqualTo("CannotParse");
    }

    @Test
    void an_operation_the_service_does_not_have_is_not_found_and_names_the_docs() {
        MemoryResponse response = call("PATCH", "/memories/lib_memory-0123456789/details", "");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.errorType()).contains("ResourceNotFoundException");
        assertThat(json(response).path("message").asText()).contains("PATCH /memories/", "docs/memory.md");
    }

    @Test
    void paths_with_an_encoded_slash_in_the_actor_id_address_one_label() {
        String id = json(call("POST", "/memories/create", "{\"name\":\"labels\",\"eventExpiryDuration\":30}"))
                .path("memory").path("id").asText();
        call("GET", "/memories/" + id + "/details", "");
        MemoryResponse event = call("POST", "/memories/" + id + "/events", "{\"actorId\":\"user:42/web\",\"sessionId\":"
                + "\"s1\",\"eventTimestamp\":1764806400.5,\"payload\":[{\"conversational\":{\"role\":\"USER\","
                + "\"content\":{\"text\":\"hi\"}}}]}");
        assertThat(event.status()).isEqualTo(201);
        assertThat(json(event).path("event").path("eventTimestamp").decimalValue()).isEqualByComparingTo("1764806400.5");

        MemoryResponse listed = call("POST", "/memories/" + id + "/actor/user%3A42%2Fweb/sessions/s1", "{}");
        assertThat(listed.status()).isEqualTo(200);
        assertThat(json(listed).path("events")).hasSize(1);
    }
}
