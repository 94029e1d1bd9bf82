package dev.agentcore4j.memory.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MemoryIdsTest {

    @Test
    void a_runtime_session_id_that_is_a_valid_memory_session_id_is_kept_as_is() {
        String id = "demo-session-00000000000000000000000001";
        assertThat(MemoryIds.sessionId(id)).isEqualTo(id);
    }

    @Test
    void a_runtime_session_id_longer_than_100_characters_maps_to_a_valid_stable_id() {
        String runtime = "conversation-" + "x".repeat(200);
        String mapped = MemoryIds.sessionId(runtime);
        assertThat(mapped).hasSizeLessThanOrEqualTo(100).matches(MemoryIds.SESSION_ID.pattern())
                .startsWith("conversation-xxx").isEqualTo(MemoryIds.sessionId(runtime));
        assertThat(MemoryIds.sessionId(runtime + "y")).isNotEqualTo(mapped);
    }

    @Test
    void punctuation_that_memory_refuses_is_replaced_and_the_hash_keeps_ids_apart() {
        String a = MemoryIds.sessionId("user:42.chat#1-0000000000000000000000000");
        String b = MemoryIds.sessionId("user:42.chat_1-0000000000000000000000000");
        assertThat(a).matches(MemoryIds.SESSION_ID.pattern()).startsWith("user_42_chat_1-");
        assertThat(b).matches(MemoryIds.SESSION_ID.pattern());
        assertThat(a).isNotEqualTo(b);
    }

    @Test
    void an_id_starting_with_punctuation_still_starts_with_a_letter_or_digit() {
        assertThat(MemoryIds.sessionId("__--//" + "a".repeat(40))).matches(MemoryIds.SESSION_ID.pattern());
        assertThat(MemoryIds.sessionId("日本語のセッション" + "-".repeat(30))).matches(MemoryIds.SESSION_ID.pattern()).startsWith("id-");
    }

    @Test
    void an_empty_session_id_is_refused() {
        assertThatThrownBy(() -> MemoryIds.sessionId("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void memory_ids_are_checked_against_the_service_format() {
        assertThat(MemoryIds.validMemoryId("ac4j_demo_memory-AbCdE12345")).isTrue();
        assertThat(MemoryIds.validMemoryId("arn:aws:bedrock-agentcore:us-east-1:123456789012:memory/demo-AbCdE12345")).isTrue();
        assertThat(MemoryIds.validMemoryId("ac4j_demo_memory")).isFalse();
        assertThat(MemoryIds.validMemoryId("demo-abc")).isFalse();
    }
}
