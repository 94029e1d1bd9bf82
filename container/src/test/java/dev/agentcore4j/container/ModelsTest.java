package dev.agentcore4j.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.ModelInfo;
import dev.agentcore4j.agent.RetryingModel;
import dev.agentcore4j.model.offline.OfflineModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Constructing a provider opens no connection, so loopback URLs with nothing listening are enough here. */
class ModelsTest {

    @Test
    void the_registry_names_offline_first_and_every_provider() {
        assertThat(Models.names()).containsExactly("offline", "bedrock", "openai", "anthropic");
        assertThat(Models.DEFAULT).isEqualTo("offline");
    }

    @Test
    void offline_needs_no_configuration_and_is_not_wrapped_in_retries() {
        Model model = Models.create(" Offline ", Map.of());

        assertThat(model).isInstanceOf(OfflineModel.class);
        assertThat(model.info().offline()).isTrue();
    }

    @Test
    void an_unknown_model_name_is_refused_naming_the_valid_ones() {
        assertThatThrownBy(() -> Models.create("gpt", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown model 'gpt': use one of offline, bedrock, openai, anthropic");
        assertThatThrownBy(() -> Models.create("  ", Map.of())).hasMessage(
                "unknown model '': use one of offline, bedrock, openai, anthropic");
    }

    @Test
    void openai_is_configured_from_the_environment_and_wrapped_in_retries() {
        Model model = Models.create("openai", Map.of("OPENAI_BASE_URL", "http://127.0.0.1:9/v1",
                "AC4J_OPENAI_MODEL", "llama3.1"));

        assertThat(model).isInstanceOf(RetryingModel.class);
        assertThat(model.info()).isEqualTo(new ModelInfo("openai-compatible", "llama3.1", false));
    }

    @Test
    void anthropic_is_configured_from_the_environment_and_wrapped_in_retries() {
        Model model = Models.create("ANTHROPIC", Map.of("ANTHROPIC_API_KEY", "sk-ant-test",
                "ANTHROPIC_BASE_URL", "http://127.0.0.1:9", "AC4J_ANTHROPIC_MODEL", "claude-test"));

        assertThat(model).isInstanceOf(RetryingModel.class);
        assertThat(model.info()).isEqualTo(new ModelInfo("anthropic", "claude-test", false));
    }

    @Test
    void bedrock_is_configured_from_the_environment_and_wrapped_in_retries() {
        Model model = Models.create("bedrock", Map.of("AWS_REGION", "eu-west-1",
                "AC4J_BEDROCK_ENDPOINT", "http://127.0.0.1:9", "AC4J_BEDROCK_MODEL_ID", "amazon.nova-lite-v1:0"));

        assertThat(model).isInstanceOf(RetryingModel.class);
        assertThat(model.info()).isEqualTo(new ModelInfo("bedrock", "amazon.nova-lite-v1:0", false));
    }

    @Test
    void a_provider_missing_its_configuration_fails_with_the_providers_own_message() {
        assertThatThrownBy(() -> Models.create("anthropic", Map.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Anthropic needs an API key: set ANTHROPIC_API_KEY or AnthropicConfig.withApiKey");
    }

    @Test
    void a_configuration_error_never_repeats_the_api_key() {
        assertThatThrownBy(() -> Models.create("openai", Map.of("OPENAI_API_KEY", "sk-secret-123",
                "OPENAI_BASE_URL", "ftp://127.0.0.1/v1")))
                .hasMessageContaining("OPENAI_BASE_URL").hasMessageNotContaining("sk-secret-123");
        assertThatThrownBy(() -> ContainerConfig.fromEnvironment(Map.of("AC4J_MODEL", "anthropic",
                "ANTHROPIC_API_KEY", "sk-secret-123", "ANTHROPIC_BASE_URL", "file:///tmp")))
                .hasMessageStartingWith("AC4J_MODEL=anthropic: ").hasMessageNotContaining("sk-secret-123");
    }

    @Test
    void the_container_reads_its_model_from_AC4J_MODEL_and_defaults_to_offline() {
        assertThat(ContainerConfig.defaults().model().info().offline()).isTrue();
        assertThat(ContainerConfig.fromEnvironment(Map.of()).model().info().offline()).isTrue();
        assertThat(ContainerConfig.fromEnvironment(Map.of("AC4J_MODEL", "openai",
                "OPENAI_BASE_URL", "http://127.0.0.1:9/v1")).model().info().provider()).isEqualTo("openai-compatible");
        assertThatThrownBy(() -> ContainerConfig.fromEnvironment(Map.of("AC4J_MODEL", "gpt")))
                .hasMessage("AC4J_MODEL=gpt: unknown model 'gpt': use one of offline, bedrock, openai, anthropic");
        assertThatThrownBy(() -> ContainerConfig.fromEnvironment(Map.of("AC4J_MODEL", "anthropic")))
                .hasMessage("AC4J_MODEL=anthropic: Anthropic needs an API key: set ANTHROPIC_API_KEY or AnthropicConfig.withApiKey");
    }
}
