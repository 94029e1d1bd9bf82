package dev.agentcore4j.memory.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class ActorIdTest {

    static String bearer(String claimsJson) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        return "Bearer " + b64.encodeToString("{\"alg\":\"RS256\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claimsJson.getBytes(StandardCharsets.UTF_8)) + ".c2lnbmF0dXJl";
    }

    @Test
    void the_jwt_subject_is_the_actor() {
        assertThat(ActorId.fromAuthorization(bearer("{\"sub\":\"user-42\",\"aud\":\"demo\"}"))).contains(ActorId.of("user-42"));
    }

    @Test
    void a_subject_memory_refuses_is_mapped_to_a_valid_stable_actor_id() {
        ActorId actor = ActorId.fromAuthorization(bearer("{\"sub\":\"auth0|5f7c8ec7c33c6c004bbafe82\"}")).orElseThrow();
        assertThat(actor.value()).startsWith("auth0_5f7c8ec7c33c6c004bbafe82-").matches(ActorId.PATTERN.pattern());
        assertThat(ActorId.fromAuthorization(bearer("{\"sub\":\"auth0|5f7c8ec7c33c6c004bbafe82\"}"))).contains(actor);
    }

    @Test
    void no_actor_comes_from_a_header_that_is_not_a_bearer_jwt_with_a_subject() {
        assertThat(ActorId.fromAuthorization("Basic dXNlcjpwYXNz")).isEmpty();
        assertThat(ActorId.fromAuthorization("Bearer not-a-jwt")).isEmpty();
        assertThat(ActorId.fromAuthorization("Bearer a.%%%.c")).isEmpty();
        assertThat(ActorId.fromAuthorization(bearer("{\"aud\":\"demo\"}"))).isEmpty();
        assertThat(ActorId.fromAuthorization(bearer("{\"sub\":42}"))).isEmpty();
    }

    @Test
    void an_invalid_actor_id_is_refused_with_what_a_valid_one_looks_like() {
        assertThatThrownBy(() -> ActorId.of("alice@example.com")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("alice@example.com").hasMessageContaining("letters, digits").hasMessageContaining("user-42");
        assertThatThrownBy(() -> ActorId.of("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActorId.of("a".repeat(256))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void colons_are_allowed_between_segments() {
        assertThat(ActorId.of("tenant:acme/user-1").value()).isEqualTo("tenant:acme/user-1");
        assertThatThrownBy(() -> ActorId.of("tenant::x")).isInstanceOf(IllegalArgumentException.class);
    }
}
