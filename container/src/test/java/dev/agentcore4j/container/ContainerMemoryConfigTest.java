package dev.agentcore4j.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ContainerMemoryConfigTest {

    @Test
    void memory_is_off_unless_a_memory_id_is_set() {
        assertThat(ContainerConfig.fromEnvironment(Map.of()).memory().enabled()).isFalse();
        assertThat(ContainerConfig.fromEnvironment(Map.of("AC4J_MEMORY_ENDPOINT", "http://127.0.0.1:8790")).memory().enabled())
                .isFalse();
    }

    @Test
    void a_memory_id_turns_agentcore_memory_on() {
        ContainerConfig config = ContainerConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", "ac4j_demo_memory-AbCdE12345",
                "AC4J_MEMORY_ENDPOINT", "http://127.0.0.1:8790", "AWS_REGION", "us-east-1"));
        assertThat(config.memory().enabled()).isTrue();
        assertThat(config.memory().describe()).isEqualTo("ac4j_demo_memory-AbCdE12345");
    }

    @Test
    void a_malformed_memory_setting_stops_the_container_naming_the_variable() {
        assertThatThrownBy(() -> ContainerConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", "demo")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("AC4J_MEMORY_ID:");
        assertThatThrownBy(() -> ContainerConfig.fromEnvironment(Map.of("AC4J_MEMORY_ID", "ac4j_demo_memory-AbCdE12345",
                "AC4J_MEMORY_TOP_K", "many"))).hasMessageContaining("AC4J_MEMORY_TOP_K");
    }
}
