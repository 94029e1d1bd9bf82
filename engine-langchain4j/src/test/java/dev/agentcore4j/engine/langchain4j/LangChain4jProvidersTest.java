package dev.agentcore4j.engine.langchain4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.model.anthropic.AnthropicConfig;
import dev.langchain4j.model.anthropic.AnthropicStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LangChain4jProvidersTest {

    @Test
    void openai_by_name_is_langchain4js_openai_model_reporting_the_configured_model() {
        NativeModel model = LangChain4jProviders.fromEnvironment(" OpenAI ", Map.of(
                "OPENAI_BASE_URL", "http://127.0.0.1:1/v1", "AC4J_OPENAI_MODEL", "llama3.1")).orElseThrow();

        assertThat(model.chatModel()).isInstanceOf(OpenAiStreamingChatModel.class);
        assertThat(model.info()).isEqualTo(new ModelInfo("openai-compatible", "llama3.1", false));
    }

    @Test
    void anthropic_by_name_is_langchain4js_anthropic_model_reporting_the_configured_model() {
        NativeModel model = LangChain4jProviders.fromEnvironment("anthropic", Map.of(
                "ANTHROPIC_API_KEY", "sk-ant-local", "ANTHROPIC_BASE_URL", "http://127.0.0.1:1/")).orElseThrow();

        assertThat(model.chatModel()).isInstanceOf(AnthropicStreamingChatModel.class);
        assertThat(model.info()).isEqualTo(new ModelInfo("anthropic", AnthropicConfig.DEFAULT_MODEL_ID, false));
    }

    @Test
    void anthropic_with_a_thinking_budget_and_caching_builds() {
        NativeModel model = LangChain4jProviders.anthropic(AnthropicConfig.defaults().withApiKey("sk-ant-local")
                .withThinkingBudgetTokens(2048).withMaxTokens(8192).withPromptCaching(true));

        assertThat(model.chatModel()).isInstanceOf(AnthropicStreamingChatModel.class);
    }

    @Test
    void anthropic_without_an_api_key_is_refused_with_the_configs_own_message() {
        assertThatThrownBy(() -> LangChain4jProviders.fromEnvironment("anthropic", Map.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ANTHROPIC_API_KEY");
    }

    @Test
    void models_without_a_langchain4j_module_here_have_no_native_model() {
        assertThat(LangChain4jProviders.fromEnvironment("offline", Map.of())).isEmpty();
        assertThat(LangChain4jProviders.fromEnvironment("bedrock", Map.of())).isEmpty();
        assertThat(LangChain4jProviders.fromEnvironment("gpt", Map.of())).isEmpty();
    }
}
