package dev.agentcore4j.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.model.offline.OfflineModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EngineTest {

    @Test
    void engine_names_are_read_ignoring_case_and_blanks() {
        assertThat(Engine.parse("strands")).isEqualTo(Engine.STRANDS);
        assertThat(Engine.parse(" LangChain4J ")).isEqualTo(Engine.LANGCHAIN4J);
        assertThat(Engine.ids()).containsExactly("strands", "langchain4j");
    }

    @Test
    void an_unknown_engine_name_is_refused_naming_the_valid_ones() {
        assertThatThrownBy(() -> Engine.parse("crewai"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown engine 'crewai': use one of strands, langchain4j");
        assertThatThrownBy(() -> Engine.parse("")).hasMessageContaining("use one of");
    }

    @Test
    void the_config_reads_the_engine_from_the_environment() {
        assertThat(ContainerConfig.fromEnvironment(Map.of()).engine()).isEqualTo(Engine.STRANDS);
        assertThat(ContainerConfig.fromEnvironment(Map.of("AC4J_ENGINE", "langchain4j")).engine()).isEqualTo(Engine.LANGCHAIN4J);
        assertThatThrownBy(() -> ContainerConfig.fromEnvironment(Map.of("AC4J_ENGINE", "lc4j")))
                .hasMessageStartingWith("AC4J_ENGINE: unknown engine 'lc4j'");
    }

    @Test
    void engines_build_agents_on_the_chosen_engine_with_the_same_model_and_tools() {
        OfflineModel model = new OfflineModel();
        Agent strands = Engines.create(Engine.STRANDS, model, List.of(), "prompt");
        Agent lc4j = Engines.create(Engine.LANGCHAIN4J, model, List.of(), "prompt");
        assertThat(strands.getClass()).isNotEqualTo(lc4j.getClass());
        assertThat(lc4j.modelInfo()).isEqualTo(strands.modelInfo());
        assertThat(lc4j.run("What is the capital of Japan?").text()).isEqualTo(strands.run("What is the capital of Japan?").text());
    }
}
