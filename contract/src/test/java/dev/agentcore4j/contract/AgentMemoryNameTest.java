package dev.agentcore4j.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgentMemoryNameTest {

    @Test
    void a_short_agent_name_gets_its_name_with_memory_appended() {
        assertThat(AgentMemoryName.of("my_agent")).isEqualTo("my_agent_memory");
    }

    @Test
    void a_long_agent_name_is_shortened_the_same_way_every_time_and_stays_a_valid_memory_name() {
        String long1 = "a".repeat(41) + "_one";
        String long2 = "a".repeat(41) + "_two";
        assertThat(AgentMemoryName.of(long1)).isEqualTo(AgentMemoryName.of(long1))
                .isNotEqualTo(AgentMemoryName.of(long2))
                .startsWith("a".repeat(32) + "_").endsWith("_memory")
                .matches(ControlPlaneContract.NAME_PATTERN);
        assertThat(AgentMemoryName.of("b".repeat(48))).hasSize(48).matches(ControlPlaneContract.NAME_PATTERN);
    }
}
