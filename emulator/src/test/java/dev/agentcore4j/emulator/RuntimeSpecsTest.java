package dev.agentcore4j.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class RuntimeSpecsTest {

    private static ObjectNode body(String lifecycle) throws Exception {
        return (ObjectNode) Json.MAPPER.readTree("""
                {"agentRuntimeArtifact": {"containerConfiguration": {"containerUri": "public.ecr.aws/a/b:1"}},
                 "roleArn": "arn:aws:iam::123456789012:role/R", "networkConfiguration": {"networkMode": "PUBLIC"}
                 %s}""".formatted(lifecycle));
    }

    private static ObjectNode lifecycleOf(String lifecycle) throws Exception {
        Validator v = new Validator();
        ObjectNode spec = RuntimeSpecs.spec(v, body(lifecycle), false);
        v.check();
        return (ObjectNode) spec.get("lifecycleConfiguration");
    }

    @Test
    void lifecycle_defaults_follow_the_documented_rules() throws Exception {
        assertThat(lifecycleOf("").toString()).isEqualTo("{\"idleRuntimeSessionTimeout\":900,\"maxLifetime\":28800}");
        assertThat(lifecycleOf(", \"lifecycleConfiguration\": {\"maxLifetime\": 300}").toString())
                .isEqualTo("{\"idleRuntimeSessionTimeout\":300,\"maxLifetime\":300}");
        assertThat(lifecycleOf(", \"lifecycleConfiguration\": {\"idleRuntimeSessionTimeout\": 120}").toString())
                .isEqualTo("{\"idleRuntimeSessionTimeout\":120,\"maxLifetime\":28800}");
    }

    @Test
    void code_artifacts_are_refused_with_a_hint_to_use_a_container_from_the_image_index() throws Exception {
        ObjectNode body = body("");
        body.putObject("agentRuntimeArtifact").putObject("codeConfiguration");
        Validator v = new Validator();
        RuntimeSpecs.spec(v, body, false);
        assertThat(v.ok()).isFalse();
    }
}
