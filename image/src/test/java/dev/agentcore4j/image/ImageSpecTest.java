package dev.agentcore4j.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ImageSpecTest {

    private static final List<Path> JARS = List.of(Path.of("lib/agentcore4j-cli.jar"), Path.of("lib/picocli.jar"));

    private static ImageSpec.Builder spec() {
        return ImageSpec.builder().jars(JARS);
    }

    @Test
    void defaults_run_the_cli_agent_command_on_a_temurin_25_jre_for_linux_arm64() {
        ImageSpec spec = spec().build();

        assertThat(spec.base()).isEqualTo("eclipse-temurin:25-jre");
        assertThat(spec.os()).isEqualTo("linux");
        assertThat(spec.architecture()).isEqualTo("arm64");
        assertThat(spec.entrypoint()).containsExactly("java", "-XX:+UseSerialGC", "-Xms32m", "-Xmx256m",
                "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-cp", "/app/lib/*",
                "dev.agentcore4j.cli.Main");
        assertThat(spec.args()).containsExactly("agent");
        assertThat(spec.environment()).containsEntry("PORT", "8080").containsEntry("DOCKER_CONTAINER", "1");
        assertThat(spec.user()).isEqualTo("1000:1000");
        assertThat(spec.aotCache()).isEmpty();
        assertThat(spec.cacheDirectory()).isEqualTo(Path.of("target", "jib-cache"));
    }

    @Test
    void another_port_is_exposed_and_passed_as_PORT() {
        ImageSpec spec = spec().port(9000).build();

        assertThat(spec.port()).isEqualTo(9000);
        assertThat(spec.environment()).containsEntry("PORT", "9000");
    }

    @Test
    void a_platform_that_is_not_os_slash_arch_is_rejected_with_an_example() {
        for (String bad : List.of("arm64", "linux/arm64/v8", "Linux/ARM64", "linux/", "")) {
            assertThatThrownBy(() -> spec().platform(bad).build())
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("platform must be os/arch such as linux/arm64")
                    .hasMessageContaining("'" + bad + "'");
        }
        assertThat(spec().platform("linux/amd64").build().architecture()).isEqualTo("amd64");
    }

    @Test
    void an_empty_jar_list_a_non_jar_and_two_jars_with_one_name_are_rejected() {
        assertThatThrownBy(() -> ImageSpec.builder().build()).hasMessageContaining("no application jars");
        assertThatThrownBy(() -> spec().jars(List.of(Path.of("app.zip"))).build())
                .hasMessageContaining("not a jar: app.zip");
        assertThatThrownBy(() -> spec().jars(List.of(Path.of("a/x.jar"), Path.of("b/x.jar"))).build())
                .hasMessageContaining("two jars named x.jar");
    }

    @Test
    void bases_are_scratch_a_tar_a_daemon_image_or_a_registry_reference() {
        assertThat(BaseImage.parse("scratch")).isInstanceOf(BaseImage.Scratch.class);
        assertThat(BaseImage.parse("tar://target/base.tar")).isEqualTo(new BaseImage.TarFile(Path.of("target/base.tar")));
        assertThat(BaseImage.parse("docker://eclipse-temurin:25-jre")).isInstanceOf(BaseImage.Daemon.class);
        assertThat(BaseImage.parse("eclipse-temurin:25-jre")).isInstanceOf(BaseImage.Registry.class);
        assertThatThrownBy(() -> spec().base("Not A Reference!").build())
                .hasMessageContaining("use scratch, tar://<path>");
        assertThatThrownBy(() -> spec().base("tar://").build()).hasMessageContaining("tar:// path");
    }

    @Test
    void labels_carry_title_version_and_source() {
        ImageSpec spec = spec().version("0.1.0").source("https://example.org/src").build();

        assertThat(spec.labels()).containsEntry("org.opencontainers.image.title", "agentcore4j-agent")
                .containsEntry("org.opencontainers.image.version", "0.1.0")
                .containsEntry("org.opencontainers.image.source", "https://example.org/src");
    }

    @Test
    void registry_credentials_never_show_the_password() {
        ImageTarget target = ImageTarget.registry("example.org/agent:1", "AWS", "secret-token");

        assertThat(target.toString()).contains("AWS").doesNotContain("secret-token");
    }
}
