package dev.agentcore4j.model.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpenAiConfigTest {

    @Test
    void reads_base_url_key_and_model_from_the_environment() {
        var config = OpenAiConfig.fromEnvironment(Map.of("OPENAI_BASE_URL", "http://localhost:11434/v1",
                "OPENAI_API_KEY", "sk-abc", "AC4J_OPENAI_MODEL", "llama3.2"));
        assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:11434/v1"));
        assertThat(config.apiKey()).isEqualTo("sk-abc");
        assertThat(config.modelId()).isEqualTo("llama3.2");
        assertThat(config.chatCompletionsUri()).isEqualTo(URI.create("http://localhost:11434/v1/chat/completions"));
    }

    @Test
    void an_empty_environment_gives_the_defaults() {
        assertThat(OpenAiConfig.fromEnvironment(Map.of())).isEqualTo(OpenAiConfig.defaults());
    }

    @Test
    void the_api_key_never_appears_in_to_string() {
        var config = OpenAiConfig.defaults().withApiKey("sk-very-secret");
        assertThat(config.toString()).doesNotContain("sk-very-secret").contains("apiKey=(set)");
        assertThat(OpenAiModel.create(config).toString()).doesNotContain("sk-very-secret");
    }

    @Test
    void a_base_url_that_is_not_http_names_the_fix() {
        assertThatThrownBy(() -> OpenAiConfig.fromEnvironment(Map.of("OPENAI_BASE_URL", "localhost:11434")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http://localhost:11434/v1");
    }

    @Test
    void a_blank_model_id_names_the_variable() {
        assertThatThrownBy(() -> OpenAiConfig.defaults().withModelId(" "))
                .hasMessageContaining("AC4J_OPENAI_MODEL");
    }
}
