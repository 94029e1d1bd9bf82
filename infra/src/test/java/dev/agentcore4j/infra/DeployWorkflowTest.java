package dev.agentcore4j.infra;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The deploy workflow's structure: issue 7 asks for OIDC only, JDK 25, a full verify, then launch. */
class DeployWorkflowTest {

    private static JsonNode workflow;
    private static List<JsonNode> steps;

    @BeforeAll
    static void read() throws Exception {
        // Surefire runs in the module directory; the workflow lives at the repository root.
        Path file = Path.of("").toAbsolutePath().getParent().resolve(".github/workflows/deploy.yml");
        workflow = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
        steps = new ArrayList<>();
        workflow.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
    }

    @Test
    void workflow_may_request_an_oidc_token_and_only_read_the_code() {
        assertThat(workflow.path("permissions").path("id-token").asText()).isEqualTo("write");
        assertThat(workflow.path("permissions").path("contents").asText()).isEqualTo("read");
        assertThat(workflow.path("permissions").size()).isEqualTo(2);
    }

    @Test
    void aws_credentials_come_from_role_assumption_never_from_stored_keys() {
        JsonNode aws = step("aws-actions/configure-aws-credentials");
        assertThat(aws.path("with").path("role-to-assume").asText()).isEqualTo("${{ secrets.AWS_DEPLOY_ROLE_ARN }}");
        List<String> keys = new ArrayList<>();
        collectKeys(workflow, keys);
        assertThat(keys).doesNotContain("aws-access-key-id", "aws-secret-access-key", "aws-session-token",
                "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY");
    }

    @Test
    void build_runs_on_temurin_25_and_verifies_every_module() {
        JsonNode java = step("actions/setup-java");
        assertThat(java.path("with").path("distribution").asText()).isEqualTo("temurin");
        assertThat(java.path("with").path("java-version").asText()).isEqualTo("25");
        assertThat(runs()).contains("./mvnw -B verify");
    }

    @Test
    void deploy_launches_on_aws_after_the_tests_and_the_credentials() {
        List<String> runs = runs();
        String launch = runs.stream().filter(r -> r.startsWith("./ac4j launch --aws")).findFirst().orElseThrow();
        // The runtime name from a variable, the region the credentials step exported, the commit as the image tag.
        assertThat(launch).contains("--name \"$AGENT_NAME\"", "--region \"$AWS_REGION\"", "--tag \"$GITHUB_SHA\"");
        assertThat(steps.indexOf(step("aws-actions/configure-aws-credentials")))
                .isGreaterThan(steps.indexOf(stepRunning("./mvnw -B verify")))
                .isLessThan(steps.indexOf(stepRunning(launch)));
    }

    @Test
    void workflow_runs_on_pushes_to_main_touching_the_agent_and_by_hand() {
        JsonNode push = workflow.path("on").path("push");
        assertThat(push.path("branches").toString()).contains("\"main\"");
        List<String> paths = new ArrayList<>();
        push.path("paths").forEach(p -> paths.add(p.asText()));
        assertThat(paths).contains("runtime/**", "agent/**", "model-*/**", "tools/**", "engine-*/**",
                "container/**", "cli/**", "pom.xml");
        assertThat(workflow.path("on").has("workflow_dispatch")).isTrue();
    }

    private static JsonNode step(String action) {
        return steps.stream().filter(s -> s.path("uses").asText().startsWith(action + "@")).findFirst().orElseThrow(
                () -> new AssertionError("no step uses " + action));
    }

    private static JsonNode stepRunning(String command) {
        return steps.stream().filter(s -> s.path("run").asText().strip().equals(command)).findFirst().orElseThrow();
    }

    private static List<String> runs() {
        return steps.stream().map(s -> s.path("run").asText().strip()).filter(r -> !r.isEmpty()).toList();
    }

    private static void collectKeys(JsonNode node, List<String> keys) {
        node.properties().forEach(e -> {
            keys.add(e.getKey());
            collectKeys(e.getValue(), keys);
        });
        if (node.isArray()) {
            node.forEach(child -> collectKeys(child, keys));
        }
    }
}
