package dev.agentcore4j.memory.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemoryConfigTest {

    private static final String ID = "ac4j_demo_memory-AbCdE12345";

    @Test
    void memory_is_off_without_a_memory_id() {
        assertThat(MemoryConfig.fromEnvironment(Map.of("AC4J_MEMORY_ENDPOINT", "http://127.0.0.1:8790"))).isEmpty();
        assertThat(AgentMemory.fromEnvironment(Map.of()).enabled()).isFalse();
    }

    @Test
    void the_twin_endpoint_serves_both_planes() {
        MemoryConfig config = MemoryConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", ID,
                "AC4J_MEMORY_ENDPOINT", "http://127.0.0.1:8790", "AWS_REGION", "us-west-2")).orElseThrow();
        assertThat(config.dataEndpoint()).contains(URI.create("http://127.0.0.1:8790"));
        assertThat(config.controlEndpoint()).contains(URI.create("http://127.0.0.1:8790"));
        assertThat(config.region()).contains("us-west-2");
        assertThat(config.topK()).isEqualTo(MemoryConfig.DEFAULT_TOP_K);
    }

    @Test
    void without_our_endpoint_the_sdks_own_per_service_variables_are_used() {
        MemoryConfig config = MemoryConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", ID,
                "AWS_ENDPOINT_URL_BEDROCK_AGENTCORE", "http://127.0.0.1:1111")).orElseThrow();
        assertThat(config.dataEndpoint()).contains(URI.create("http://127.0.0.1:1111"));
        assertThat(config.controlEndpoint()).isEmpty();
    }

    @Test
    void on_aws_nothing_but_the_memory_id_is_needed() {
        MemoryConfig config = MemoryConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", ID)).orElseThrow();
        assertThat(config.dataEndpoint()).isEmpty();
        assertThat(config.region()).isEmpty();
        assertThat(config.credentials()).isEmpty();
    }

    @Test
    void a_malformed_value_names_its_variable_and_the_fix() {
        assertThatThrownBy(() -> MemoryConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", "ac4j_demo_memory")))
                .hasMessageStartingWith("AC4J_MEMORY_ID:").hasMessageContaining("CreateMemory");
        assertThatThrownBy(() -> MemoryConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", ID, "AC4J_MEMORY_ENDPOINT", "127.0.0.1:8790")))
                .hasMessageStartingWith("AC4J_MEMORY_ENDPOINT:").hasMessageContaining("http://127.0.0.1:8790");
        assertThatThrownBy(() -> MemoryConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", ID, "AC4J_MEMORY_TOP_K", "0")))
                .hasMessageContaining("AC4J_MEMORY_TOP_K").hasMessageContaining("1 to 100");
        assertThatThrownBy(() -> MemoryConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", ID, "AC4J_MEMORY_MIN_SCORE", "high")))
                .hasMessageContaining("AC4J_MEMORY_MIN_SCORE");
        assertThatThrownBy(() -> MemoryConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", ID, "AWS_ACCESS_KEY_ID", "local")))
                .hasMessageContaining("AWS_SECRET_ACCESS_KEY");
    }

    @Test
    void recall_settings_and_namespaces_come_from_the_environment() {
        MemoryConfig config = MemoryConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", ID, "AC4J_MEMORY_TOP_K", "3",
                "AC4J_MEMORY_MIN_SCORE", "0.5", "AC4J_MEMORY_NAMESPACES", "/users/{actorId}/facts, /summaries/{actorId}/",
                "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local")).orElseThrow();
        assertThat(config.topK()).isEqualTo(3);
        assertThat(config.minScore()).isEqualTo(0.5);
        assertThat(config.namespaces()).isEqualTo(List.of("/users/{actorId}/facts", "/summaries/{actorId}/"));
        assertThat(config.credentials()).isPresent();
        assertThat(config.toString()).doesNotContain("secretAccessKey=local");
    }
}
