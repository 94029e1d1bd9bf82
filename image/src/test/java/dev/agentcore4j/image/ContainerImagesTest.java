package dev.agentcore4j.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContainerImagesTest {

    @TempDir
    Path dir;

    private Path appJar;
    private Path dependencyJar;

    @BeforeEach
    void jars() {
        appJar = TestJars.jar(dir, "agentcore4j-cli.jar", "application code");
        dependencyJar = TestJars.jar(dir, "picocli-4.7.7.jar", "a dependency");
    }

    private ImageSpec.Builder scratch() {
        return ImageSpec.builder()
                .jars(List.of(appJar, dependencyJar))
                .base("scratch")
                .cacheDirectory(dir.resolve("jib-cache"));
    }

    private ImageTar buildTar(ImageSpec spec, String fileName) throws IOException {
        Path tar = dir.resolve("out").resolve(fileName);
        ContainerImages.build(spec, ImageTarget.tar(tar, "agentcore4j-agent:test"));
        return ImageTar.read(tar);
    }

    @Test
    void tar_image_is_linux_arm64_and_runs_the_cli_agent_command_as_uid_1000_on_port_8080() throws IOException {
        ImageTar image = buildTar(scratch().version("1.2.3").source("https://example.org/agentcore4j").build(),
                "image.tar");

        assertThat(image.config().get("architecture").asText()).isEqualTo("arm64");
        assertThat(image.config().get("os").asText()).isEqualTo("linux");
        assertThat(image.config().get("created").asText()).isEqualTo("1970-01-01T00:00:00Z");
        var config = image.containerConfig();
        assertThat(image.strings(config.get("Entrypoint"))).containsExactly(
                "java", "-XX:+UseSerialGC", "-Xms32m", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError",
                "-cp", "/app/lib/*", "dev.agentcore4j.cli.Main");
        assertThat(image.strings(config.get("Cmd"))).containsExactly("agent");
        assertThat(config.get("ExposedPorts").has("8080/tcp")).isTrue();
        assertThat(image.strings(config.get("Env"))).containsExactlyInAnyOrder("DOCKER_CONTAINER=1", "PORT=8080");
        assertThat(config.get("User").asText()).isEqualTo("1000:1000");
        assertThat(config.get("WorkingDir").asText()).isEqualTo("/app");
        assertThat(config.get("Labels").get("org.opencontainers.image.title").asText()).isEqualTo("agentcore4j-agent");
        assertThat(config.get("Labels").get("org.opencontainers.image.version").asText()).isEqualTo("1.2.3");
        assertThat(config.get("Labels").get("org.opencontainers.image.source").asText())
                .isEqualTo("https://example.org/agentcore4j");
        assertThat(image.strings(image.manifest().get("RepoTags"))).containsExactly("agentcore4j-agent:test");
    }

    @Test
    void dependency_jars_and_project_jars_go_to_separate_layers_under_app_lib() throws IOException {
        ImageTar image = buildTar(scratch().build(), "image.tar");

        assertThat(image.layers()).hasSize(2);
        assertThat(image.layers().get(0).entries()).contains("app/lib/picocli-4.7.7.jar")
                .doesNotContain("app/lib/agentcore4j-cli.jar");
        assertThat(image.layers().get(1).entries()).contains("app/lib/agentcore4j-cli.jar")
                .doesNotContain("app/lib/picocli-4.7.7.jar");
    }

    @Test
    void the_same_inputs_give_the_same_image_digest() {
        ImageSpec spec = scratch().build();
        BuiltImage first = ContainerImages.build(spec, ImageTarget.tar(dir.resolve("a.tar"), "agentcore4j-agent:1"));
        ImageSpec freshCache = scratch().cacheDirectory(dir.resolve("other-cache")).build();
        BuiltImage second = ContainerImages.build(freshCache,
                ImageTarget.tar(dir.resolve("b.tar"), "agentcore4j-agent:1"));

        assertThat(second.digest()).startsWith("sha256:").isEqualTo(first.digest());
        assertThat(second.imageId()).isEqualTo(first.imageId());
    }

    @Test
    void a_code_change_keeps_the_dependency_layer_and_replaces_only_the_application_layer() throws IOException {
        ImageTar before = buildTar(scratch().build(), "before.tar");
        TestJars.jar(dir, "agentcore4j-cli.jar", "changed application code");
        ImageTar after = buildTar(scratch().build(), "after.tar");

        assertThat(after.layers().get(0).file()).isEqualTo(before.layers().get(0).file());
        assertThat(after.layers().get(1).file()).isNotEqualTo(before.layers().get(1).file());
    }

    @Test
    void an_aot_cache_gets_its_own_layer_and_the_aotcache_flag_before_the_class_path() throws IOException {
        Path aot = Files.writeString(dir.resolve("app.aot"), "not a real cache, only bytes to copy");
        ImageTar image = buildTar(scratch().aotCache(aot).build(), "image.tar");

        assertThat(image.layers()).hasSize(3);
        assertThat(image.layers().get(2).entries()).contains("app/app.aot");
        assertThat(image.strings(image.containerConfig().get("Entrypoint")))
                .containsSubsequence("-XX:+ExitOnOutOfMemoryError", "-XX:AOTCache=/app/app.aot", "-cp", "/app/lib/*");
    }

    @Test
    void a_jib_tar_works_offline_as_a_tar_base_and_keeps_its_layers_below_ours() throws IOException {
        Files.createDirectories(dir.resolve("base-input"));
        Path baseJar = TestJars.jar(dir.resolve("base-input"), "base-runtime.jar", "stands in for a JRE");
        Path baseTar = dir.resolve("base.tar");
        ContainerImages.build(ImageSpec.builder().jars(List.of(baseJar)).base("scratch")
                .cacheDirectory(dir.resolve("jib-cache")).build(), ImageTarget.tar(baseTar, "base:1"));

        ImageTar image = buildTar(scratch().base("tar://" + baseTar).build(), "image.tar");

        assertThat(image.config().get("architecture").asText()).isEqualTo("arm64");
        assertThat(image.layers()).hasSize(3);
        assertThat(image.layers().get(0).entries()).contains("app/lib/base-runtime.jar");
        assertThat(image.layers().get(2).entries()).contains("app/lib/agentcore4j-cli.jar");
        assertThat(image.strings(image.containerConfig().get("Cmd"))).containsExactly("agent");
    }

    @Test
    void a_missing_jar_fails_naming_the_jar_and_how_to_build_it() {
        ImageSpec spec = scratch().jars(List.of(appJar, dir.resolve("gone.jar"))).build();

        assertThatThrownBy(() -> ContainerImages.build(spec, ImageTarget.tar(dir.resolve("x.tar"), "x:1")))
                .isInstanceOf(ImageBuildException.class)
                .hasMessageContaining("jar not found")
                .hasMessageContaining("gone.jar")
                .hasMessageContaining("package -pl cli -am");
    }

    @Test
    void a_missing_base_tar_fails_naming_the_file() {
        ImageSpec spec = scratch().base("tar://" + dir.resolve("no-base.tar")).build();

        assertThatThrownBy(() -> ContainerImages.build(spec, ImageTarget.tar(dir.resolve("x.tar"), "x:1")))
                .isInstanceOf(ImageBuildException.class)
                .hasMessageContaining("base image tar not found")
                .hasMessageContaining("no-base.tar");
    }

    @Test
    void a_tar_base_built_for_another_architecture_is_rejected_naming_both_platforms() {
        Path baseTar = dir.resolve("amd64-base.tar");
        ContainerImages.build(scratch().platform("linux/amd64").build(), ImageTarget.tar(baseTar, "base:amd64"));
        ImageSpec spec = scratch().base("tar://" + baseTar).build();

        assertThatThrownBy(() -> ContainerImages.build(spec, ImageTarget.tar(dir.resolve("x.tar"), "x:1")))
                .isInstanceOf(ImageBuildException.class)
                .hasMessageContaining("arm64")
                .hasMessageContaining("amd64");
    }
}
