package dev.agentcore4j.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.memory.client.ActorId;
import dev.agentcore4j.runtime.ClientError;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode payload(String json) throws Exception {
        return JSON.readTree(json);
    }

    private static String bearer(String sub) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + b64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(("{\"sub\":\"" + sub + "\"}").getBytes(StandardCharsets.UTF_8)) + ".c2ln";
    }

    @Test
    void the_jwt_subject_wins_over_the_payload() throws Exception {
        assertThat(Actors.resolve(payload("{\"prompt\": \"hi\", \"actorId\": \"mallory\"}"), Optional.of(bearer("user-42"))))
                .isEqualTo(ActorId.of("user-42"));
    }

    @Test
    void without_a_token_the_payload_names_the_actor_in_any_of_its_spellings() throws Exception {
        for (String field : Actors.FIELDS) {
            assertThat(Actors.resolve(payload("{\"" + field + "\": \"alice\"}"), Optional.empty())).isEqualTo(ActorId.of("alice"));
            assertThat(Actors.resolve(JSON.valueToTree(Map.of("input", Map.of(field, "bob"))), Optional.empty()))
                    .isEqualTo(ActorId.of("bob"));
        }
    }

    @Test
    void nobody_named_is_the_default_actor() throws Exception {
        assertThat(Actors.resolve(payload("{\"prompt\": \"hi\"}"), Optional.empty())).isEqualTo(ActorId.DEFAULT);
        assertThat(Actors.resolve(payload("{\"prompt\": \"hi\"}"), Optional.of("Basic abc"))).isEqualTo(ActorId.DEFAULT);
    }

    @Test
    void a_payload_actor_memory_would_refuse_is_a_400_naming_the_field() throws Exception {
        assertThatThrownBy(() -> Actors.resolve(payload("{\"userId\": \"a b\"}"), Optional.empty()))
                .isInstanceOfSatisfying(ClientError.class, e -> assertThat(e.status()).isEqualTo(400))
                .hasMessageStartingWith("\"userId\":");
        assertThatThrownBy(() -> Actors.resolve(payload("{\"actor_id\": 42}"), Optional.empty()))
                .hasMessageContaining("\"actor_id\" must be a string");
    }
}
