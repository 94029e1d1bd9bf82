package dev.agentcore4j.model.bedrock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BedrockConfigTest {

    @Test
    void defaults_to_the_seed_model_streaming_in_us_east_1() {
        var config = BedrockConfig.fromEnvironment(Map.of());
        assertThat(config.modelId()).isEqualTo("us.anthropic.claude-sonnet-4-20250514-v1:0");
        assertThat(config.region()).isEqualTo("us-east-1");
        assertThat(config.streaming()).isTrue();
        assertThat(config.endpointOverride()).isEmpty();
    }

    @Test
    void reads_model_region_endpoint_and_switches_from_the_environment() {
        var config = BedrockConfig.fromEnvironment(Map.of("AC4J_BEDROCK_MODEL_ID", "amazon.nova-lite-v1:0",
                "AWS_REGION", "eu-west-1", "AC4J_BEDROCK_ENDPOINT", "http://127.0.0.1:4566",
                "AC4J_BEDROCK_STREAMING", "false", "AC4J_BEDROCK_PROMPT_CACHING", "true",
                "AC4J_BEDROCK_REASONING_BUDGET", "2048"));
        assertThat(config).isEqualTo(new BedrockConfig("amazon.nova-lite-v1:0", "eu-west-1",
                Optional.of(URI.create("http://127.0.0.1:4566")), false, true, 2048));
    }

    @Test
    void aws_default_region_is_used_when_aws_region_is_unset() {
        assertThat(BedrockConfig.fromEnvironment(Map.of("AWS_DEFAULT_REGION", "ap-northeast-1")).region())
                .isEqualTo("ap-northeast-1");
    }

    @Test
    void a_malformed_region_names_the_variable() {
        assertThatThrownBy(() -> BedrockConfig.fromEnvironment(Map.of("AWS_REGION", "Tokyo")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AWS_REGION");
    }

    @Test
    void a_switch_that_is_not_a_boolean_names_the_variable() {
        assertThatThrownBy(() -> BedrockConfig.fromEnvironment(Map.of("AC4J_BEDROCK_STREAMING", "sometimes")))
                .hasMessageContaining("AC4J_BEDROCK_STREAMING");
    }

    @Test
    void an_endpoint_that_is_not_a_url_names_the_variable() {
        assertThatThrownBy(() -> BedrockConfig.fromEnvironment(Map.of("AC4J_BEDROCK_ENDPOINT", "localhost")))
                .hasMessageContaining("AC4J_BEDROCK_ENDPOINT");
    }
}
