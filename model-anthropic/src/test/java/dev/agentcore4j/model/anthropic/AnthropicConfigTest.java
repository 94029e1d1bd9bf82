package dev.agentcore4j.model.anthropic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnthropicConfigTest {

    @Test
    void reads_key_base_url_model_and_max_tokens_from_the_environment() {
        var config = AnthropicConfig.fromEnvironment(Map.of("ANTHROPIC_API_KEY", "sk-ant-1",
                "ANTHROPIC_BASE_URL", "http://127.0.0.1:9999", "AC4J_ANTHROPIC_MODEL", "claude-x",
                "AC4J_ANTHROPIC_MAX_TOKENS", "1000"));
        assertThat(config.apiKey()).isEqualTo("sk-ant-1");
        assertThat(config.messagesUri()).isEqualTo(URI.create("http://127.0.0.1:9999/v1/messages"));
        assertThat(config.modelId()).isEqualTo("claude-x");
        assertThat(config.maxTokens()).isEqualTo(1000);
    }

    @Test
    void creating_a_model_without_a_key_names_the_variable() {
        assertThatThrownBy(() -> AnthropicModel.create(AnthropicConfig.fromEnvironment(Map.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ANTHROPIC_API_KEY");
    }

    @Test
    void the_api_key_never_appears_in_to_string() {
        var config = AnthropicConfig.defaults().withApiKey("sk-ant-very-secret");
        assertThat(config.toString()).doesNotContain("sk-ant-very-secret");
        assertThat(AnthropicModel.create(config).toString()).doesNotContain("sk-ant-very-secret");
    }

    @Test
    void a_max_tokens_that_is_not_a_number_names_the_variable() {
        assertThatThrownBy(() -> AnthropicConfig.fromEnvironment(Map.of("AC4J_ANTHROPIC_MAX_TOKENS", "lots")))
                .hasMessageContaining("AC4J_ANTHROPIC_MAX_TOKENS");
    }

    @Test
    void a_thinking_budget_below_the_api_minimum_is_refused() {
        assertThatThrownBy(() -> AnthropicConfig.defaults().withThinkingBudgetTokens(100)).hasMessageContaining("1024");
    }
}
