package dev.agentcore4j.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agentcore4j.container.Engine;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BackendConfigTest {

    static final String ARN = "arn:aws:bedrock-agentcore:eu-west-1:123456789012:runtime/demo_agent-AbCdEf0123";

    @Test
    void the_mode_follows_the_seed_order_mock_then_runtime_arn_then_direct() {
        assertThat(BackendConfig.fromEnvironment(Map.of()).mode()).isEqualTo(Mode.DIRECT);
        assertThat(BackendConfig.fromEnvironment(Map.of("AGENT_RUNTIME_ARN", ARN)).mode()).isEqualTo(Mode.AGENTCORE);
        assertThat(BackendConfig.fromEnvironment(Map.of("AGENT_RUNTIME_ARN", ARN, "AC4J_BACKEND_MODE", "mock")).mode())
                .isEqualTo(Mode.MOCK);
        assertThat(BackendConfig.fromEnvironment(Map.of("AGENT_RUNTIME_ARN", ARN, "AC4J_BACKEND_MODE", "Direct")).mode())
                .as("forced").isEqualTo(Mode.DIRECT);
        assertThat(BackendConfig.builder().mode(Mode.MOCK).build().mode()).as("the config says so").isEqualTo(Mode.MOCK);
    }

    @Test
    void the_environment_is_read_once_with_defaults() {
        BackendConfig defaults = BackendConfig.fromEnvironment(Map.of());
        assertThat(defaults.endpoint()).isEqualTo("http://127.0.0.1:8790");
        assertThat(defaults.region()).isEqualTo("us-east-1");
        assertThat(defaults.qualifier()).isEqualTo("DEFAULT");
        assertThat(defaults.engine()).isEqualTo(Engine.STRANDS);
        assertThat(defaults.provider()).isEqualTo("offline");
        assertThat(defaults.dataDir()).isEqualTo(Path.of(System.getProperty("user.home"), ".ac4j", "data"));

        BackendConfig set = BackendConfig.fromEnvironment(Map.of("AC4J_DATA_DIR", "/tmp/ac4j-x", "AGENT_RUNTIME_ARN", ARN,
                "AWS_ENDPOINT_URL_BEDROCK_AGENTCORE", "http://localhost:9000/", "AGENT_RUNTIME_QUALIFIER", "prod",
                "AWS_REGION", "us-west-2", "AC4J_ENGINE", "langchain4j", "AC4J_MODEL", "Offline"));
        assertThat(set.dataDir()).isEqualTo(Path.of("/tmp/ac4j-x"));
        assertThat(set.endpoint()).isEqualTo("http://localhost:9000");
        assertThat(set.region()).as("the ARN's region wins over AWS_REGION").isEqualTo("eu-west-1");
        assertThat(set.qualifier()).isEqualTo("prod");
        assertThat(set.engine()).isEqualTo(Engine.LANGCHAIN4J);
        assertThat(set.provider()).isEqualTo("offline");
        assertThat(BackendConfig.fromEnvironment(Map.of("AGENT_RUNTIME_ENDPOINT", "aws",
                "AWS_ENDPOINT_URL_BEDROCK_AGENTCORE", "http://127.0.0.1:1")).endpoint())
                .as("AGENT_RUNTIME_ENDPOINT first").isEqualTo("aws");
        assertThat(BackendConfig.fromEnvironment(Map.of("AWS_DEFAULT_REGION", "ap-northeast-1")).region()).isEqualTo("ap-northeast-1");
    }

    @Test
    void wrong_values_name_the_variable_and_the_fix() {
        assertThatThrownBy(() -> BackendConfig.fromEnvironment(Map.of("AC4J_BACKEND_MODE", "fake")))
                .hasMessageContaining("AC4J_BACKEND_MODE").hasMessageContaining("use one of mock, agentcore, direct");
        assertThatThrownBy(() -> BackendConfig.fromEnvironment(Map.of("AC4J_BACKEND_MODE", "agentcore")))
                .hasMessageContaining("agentcore mode needs a runtime ARN: set AGENT_RUNTIME_ARN");
        assertThatThrownBy(() -> BackendConfig.fromEnvironment(Map.of("AGENT_RUNTIME_ARN", "arn:aws:lambda:x")))
                .hasMessageContaining("AGENT_RUNTIME_ARN").hasMessageContaining("not an AgentCore runtime ARN");
        assertThatThrownBy(() -> BackendConfig.fromEnvironment(Map.of("AGENT_RUNTIME_ENDPOINT", "https://example.com")))
                .hasMessageContaining("AGENT_RUNTIME_ENDPOINT").hasMessageContaining("not on this machine");
        assertThatThrownBy(() -> BackendConfig.fromEnvironment(Map.of("AGENT_RUNTIME_ENDPOINT", "http://127.0.0.1:8790/api")))
                .hasMessageContaining("without a path");
        assertThatThrownBy(() -> BackendConfig.fromEnvironment(Map.of("AWS_REGION", "Tokyo")))
                .hasMessageContaining("AWS_REGION").hasMessageContaining("e.g. us-east-1");
        assertThatThrownBy(() -> BackendConfig.fromEnvironment(Map.of("AC4J_ENGINE", "crewai")))
                .hasMessageContaining("AC4J_ENGINE").hasMessageContaining("strands, langchain4j");
        assertThatThrownBy(() -> BackendConfig.fromEnvironment(Map.of("AC4J_MODEL", "gpt")))
                .hasMessageContaining("unknown model 'gpt'");
        assertThatThrownBy(() -> BackendConfig.fromEnvironment(Map.of("AGENT_RUNTIME_QUALIFIER", "a b")))
                .hasMessageContaining("qualifier");
        assertThatThrownBy(() -> BackendConfig.builder().runtimeArn(ARN).region("us-east-1").build())
                .hasMessageContaining("differs from the runtime ARN's region eu-west-1");
    }

    @Test
    void the_standalone_port_is_checked() {
        assertThat(BackendMain.port(Map.of())).isEqualTo(8792);
        assertThat(BackendMain.port(Map.of("AC4J_BACKEND_PORT", "0"))).isZero();
        assertThatThrownBy(() -> BackendMain.port(Map.of("AC4J_BACKEND_PORT", "70000")))
                .hasMessageContaining("AC4J_BACKEND_PORT must be a port number");
    }
}
