package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntime;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;

/**
 * The local deploy flow end to end against a twin started in this JVM: configure → launch --local →
 * invoke → launch again → status → logs → destroy, checked through the twin's control plane with the SDK.
 */
class LaunchLocalIT {

    private static final String SESSION = "launch-it-session-00000000000000000001";

    @TempDir
    Path home;

    @Test
    void launch_local_deploys_updates_and_destroys_a_runtime_on_the_twin() throws Exception {
        try (Twin twin = Twin.start(TwinConfig.builder().port(0).dataDir(home.resolve("twin")).build());
             BedrockAgentCoreControlClient control = AwsClients.control(Optional.of(twin.endpoint()), Region.US_EAST_1)) {
            String endpoint = twin.endpoint().toString();
            String file = home.resolve(".ac4j/deploy.json").toString();
            List<String> target = List.of("--endpoint", endpoint, "--home", home.toString(), "--file", file);

            assertThat(run("configure", "--name", "launch_it", "--idle-timeout", "120", "--max-lifetime", "600",
                    "--file", file).code).isZero();

            Output first = run(with("launch", "--local", target));
            assertThat(first.code).as(first.err).isZero();
            assertThat(first.err).contains("linux/arm64").contains("base scratch").contains("READY");
            AgentRuntime runtime = only(control, "launch_it");
            assertThat(runtime.status()).isEqualTo(AgentRuntimeStatus.READY);
            assertThat(runtime.agentRuntimeVersion()).isEqualTo("1");
            assertThat(first.out).contains(runtime.agentRuntimeArn())
                    .contains("/runtimes/" + runtime.agentRuntimeArn().replace(":", "%3A").replace("/", "%2F") + "/invocations")
                    .contains("AGENT_RUNTIME_ARN=" + runtime.agentRuntimeArn())
                    .contains("AWS_ENDPOINT_URL_BEDROCK_AGENTCORE=" + endpoint);
            var details = control.getAgentRuntime(b -> b.agentRuntimeId(runtime.agentRuntimeId()));
            assertThat(details.agentRuntimeArtifact().containerConfiguration().containerUri())
                    .matches("123456789012\\.dkr\\.ecr\\.us-east-1\\.amazonaws\\.com/agentcore4j/launch-it:[0-9a-f]{12}");
            assertThat(details.lifecycleConfiguration().idleRuntimeSessionTimeout()).isEqualTo(120);
            assertThat(details.lifecycleConfiguration().maxLifetime()).isEqualTo(600);
            assertThat(details.networkConfiguration().networkModeAsString()).isEqualTo("PUBLIC");
            assertThat(home.resolve(".ac4j/build/launch_it.tar")).isNotEmptyFile();
            assertThat(Files.readString(home.resolve("twin/images.json")))
                    .contains(details.agentRuntimeArtifact().containerConfiguration().containerUri())
                    .contains(Main.class.getName());

            Output answer = run("invoke", "--endpoint", endpoint, "--runtime", "launch_it", "--session", SESSION,
                    "What", "is", "the", "weather", "in", "Tokyo?");
            assertThat(answer.code).as(answer.err).isZero();
            assertThat(answer.out).contains("Tokyo");

            Output second = run(with("launch", "--local", target));
            assertThat(second.code).as(second.err).isZero();
            assertThat(second.err).contains("Updating runtime launch_it");
            assertThat(only(control, "launch_it").agentRuntimeVersion()).isEqualTo("2");

            Output status = run(with("status", target));
            assertThat(status.out).contains("launch_it  READY  (version 2)").contains("DEFAULT");
            assertThat(status.out.lines().filter(l -> l.matches("\\s+[12]\\s+READY.*"))).hasSize(2);

            Output logs = run(with("logs", target));
            assertThat(logs.code).as(logs.err).isZero();
            assertThat(logs.out).contains("==> " + SESSION + ".log <==");

            Output unconfirmed = run(with("destroy", target));
            assertThat(unconfirmed.code).isNotZero();
            assertThat(unconfirmed.err).contains("--yes");
            assertThat(only(control, "launch_it")).isNotNull();

            Output destroyed = run(with("destroy", "--yes", target));
            assertThat(destroyed.code).as(destroyed.err).isZero();
            assertThat(control.listAgentRuntimesPaginator(b -> b.maxResults(100)).agentRuntimes())
                    .noneMatch(r -> r.agentRuntimeName().equals("launch_it"));
            assertThat(run(with("status", target)).err).contains("no runtime named 'launch_it'").contains("launch --local");
        }
    }

    @Test
    void launch_refuses_a_non_loopback_endpoint_or_no_target_and_checks_the_twin_before_building() {
        assertThat(run("launch", "--local", "--name", "a", "--endpoint", "http://example.com:8790",
                "--file", home.resolve("none.json").toString()).err).contains("not a local twin").contains("--aws");
        assertThat(run("launch", "--name", "a", "--file", home.resolve("none.json").toString()).err)
                .contains("say where to launch: --local").contains("--aws");
        Output noTwin = run("launch", "--local", "--name", "a", "--endpoint", "http://127.0.0.1:1",
                "--home", home.toString(), "--file", home.resolve("none.json").toString());
        assertThat(noTwin.err).contains("cannot reach the twin at http://127.0.0.1:1").contains("./ac4j up");
        assertThat(home.resolve("build")).doesNotExist(); // checked before the image is built
    }

    private static AgentRuntime only(BedrockAgentCoreControlClient control, String name) {
        List<AgentRuntime> matching = control.listAgentRuntimesPaginator(b -> b.maxResults(100)).agentRuntimes().stream()
                .filter(r -> r.agentRuntimeName().equals(name)).toList();
        assertThat(matching).as("runtimes named " + name).hasSize(1);
        return matching.getFirst();
    }

    private static String[] with(String command, List<String> rest) {
        return with(command, null, rest);
    }

    private static String[] with(String command, String flag, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(command));
        if (flag != null) {
            all.add(flag);
        }
        all.addAll(rest);
        return all.toArray(String[]::new);
    }

    private record Output(int code, String out, String err) {
    }

    private static Output run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            var commandLine = Main.commandLine();
            commandLine.setErr(new java.io.PrintWriter(System.err, true));
            int code = commandLine.execute(args);
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
