package dev.agentcore4j.infra;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentRuntimeSettingsTest {

    private static AgentRuntimeSettings settings(String name, String region) {
        return new AgentRuntimeSettings(name, "0.1.0", "123456789012", region, 10, true);
    }

    @Test
    void names_agentcore_would_reject_are_refused_with_a_name_it_accepts() {
        assertThatThrownBy(() -> settings("my-agent", "us-east-1"))
                .hasMessageContaining("[a-zA-Z][a-zA-Z0-9_]{0,47}").hasMessageEndingWith("use my_agent");
        assertThatThrownBy(() -> settings("1agent", "us-east-1")).hasMessageContaining("use agent_1agent");
        assertThatThrownBy(() -> settings("a".repeat(49), "us-east-1")).hasMessageContaining("use " + "a".repeat(48));
        assertThatThrownBy(() -> settings(null, "us-east-1")).hasMessageContaining("-c agentName=my_agent");
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThatThrownBy(() -> new AgentRuntimeSettings("my-agent", "bad tag", "12", "US_EAST_1", 0, true))
                .hasMessageContaining("use my_agent").hasMessageContaining("-c imageTag=")
                .hasMessageContaining("12-digit").hasMessageContaining("-c region=us-east-1")
                .hasMessageContaining("-c keptImages=10");
    }

    @Test
    void repository_is_named_as_launch_names_it() {
        assertThat(settings("My_Agent", "us-east-1").repositoryName()).isEqualTo("agentcore4j/my-agent");
        assertThat(settings("agent__2_", "us-east-1").repositoryName()).isEqualTo("agentcore4j/agent-2");
    }

    @Test
    void partition_follows_the_region() {
        assertThat(settings("a", "eu-west-1").partition()).isEqualTo("aws");
        assertThat(settings("a", "us-gov-west-1").partition()).isEqualTo("aws-us-gov");
        assertThat(settings("a", "cn-north-1").partition()).isEqualTo("aws-cn");
    }

    @Test
    void stack_id_replaces_underscores_which_stack_names_do_not_allow() {
        assertThat(InfraApp.stackId("my_agent")).isEqualTo("AgentCore4J-my-agent");
    }
}
