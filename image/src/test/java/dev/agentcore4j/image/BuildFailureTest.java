package dev.agentcore4j.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ConnectException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuildFailureTest {

    private static final List<Path> JARS = List.of(Path.of("agentcore4j-cli.jar"));

    private static ImageBuildException failure(String base, ImageTarget target, Throwable cause) {
        return new JibImageBuild(ImageSpec.builder().jars(JARS).base(base).build(), target).failure(cause);
    }

    @Test
    void a_network_failure_with_a_registry_base_and_a_tar_target_is_a_pull_failure_with_the_hint() {
        var cause = new IOException("I/O error", new ConnectException("Connection refused"));

        ImageBuildException e = failure("eclipse-temurin:25-jre", ImageTarget.tar(Path.of("x.tar"), "x:1"), cause);

        assertThat(e).hasMessageContaining("could not pull base image eclipse-temurin:25-jre")
                .hasMessageContaining("Connection refused")
                .hasMessageContaining(JibImageBuild.PULL_FAILURE_HINT);
    }

    @Test
    void a_push_failure_to_another_registry_does_not_blame_the_base() {
        var cause = new ConnectException("Connect to 123.dkr.example:443 failed: Connection refused");

        ImageBuildException e = failure("eclipse-temurin:25-jre",
                ImageTarget.registry("123.dkr.example/agent:1", "AWS", "token"), cause);

        assertThat(e.getMessage()).startsWith("could not build 123.dkr.example/agent:1")
                .doesNotContain(JibImageBuild.PULL_FAILURE_HINT);
    }

    @Test
    void a_failure_with_a_scratch_base_never_suggests_another_base() {
        ImageBuildException e = failure("scratch", ImageTarget.tar(Path.of("x.tar"), "x:1"),
                new IOException("No space left on device"));

        assertThat(e).hasMessageContaining("No space left on device")
                .hasMessageNotContaining(JibImageBuild.PULL_FAILURE_HINT);
    }

    @Test
    void a_daemon_target_without_docker_points_to_the_tar_and_docker_load() {
        org.junit.jupiter.api.Assumptions.assumeFalse(
                java.util.Arrays.stream(System.getenv().getOrDefault("PATH", "").split(":"))
                        .anyMatch(d -> !d.isEmpty() && java.nio.file.Files.isExecutable(Path.of(d, "docker"))),
                "a docker executable is on the PATH");
        Path jar = TestJars.jar(Path.of("target"), "agentcore4j-daemon-test.jar", "code");
        ImageSpec spec = ImageSpec.builder().jars(List.of(jar)).base("scratch").build();

        assertThatThrownBy(() -> ContainerImages.build(spec, ImageTarget.daemon("agentcore4j-agent:latest")))
                .isInstanceOf(ImageBuildException.class)
                .hasMessageContaining("no docker executable on the PATH")
                .hasMessageContaining("docker load -i");
    }
}
