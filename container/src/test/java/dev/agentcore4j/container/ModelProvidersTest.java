package dev.agentcore4j.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.runtime.ClientError;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelProvidersTest {

    @Test
    void a_provider_is_built_once_and_shared() {
        ModelProviders providers = ModelProviders.fromEnvironment(Map.of("OPENAI_BASE_URL", "http://127.0.0.1:9/v1"));
        assertThat(providers.agents("openai")).isSameAs(providers.agents(" OPENAI "));
        assertThat(providers.agents("offline")).isSameAs(providers.agents("offline"));
    }

    @Test
    void only_providers_with_their_variables_are_configured() {
        assertThat(ModelProviders.offlineOnly().configured()).containsExactly("offline");
        assertThat(ModelProviders.fromEnvironment(Map.of("ANTHROPIC_API_KEY", "k", "AWS_REGION", "eu-west-1",
                "OPENAI_API_KEY", " ")).configured()).containsExactly("offline", "bedrock", "anthropic");
    }

    @Test
    void a_wrong_setting_is_a_400_with_the_providers_message() {
        ModelProviders providers = ModelProviders.fromEnvironment(Map.of("OPENAI_BASE_URL", "not a url"));
        assertThatThrownBy(() -> providers.agents("openai")).isInstanceOf(ClientError.class)
                .hasMessageContaining("misconfigured").hasMessageContaining("OPENAI_BASE_URL is not a URL");
    }

    @Test
    void the_description_names_providers_and_never_a_secret() {
        assertThat(ModelProviders.fromEnvironment(Map.of("ANTHROPIC_API_KEY", "sk-secret")).toString())
                .contains("anthropic").doesNotContain("sk-secret");
        assertThat(ContainerConfig.fromEnvironment(Map.of("ANTHROPIC_API_KEY", "sk-secret")).toString())
                .doesNotContain("sk-secret");
    }
}
