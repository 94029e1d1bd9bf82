package dev.agentcore4j.image;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No Docker daemon exists where this builds, so the repository's Dockerfile is checked as text against
 * the Jib image: same platform, user, port, environment, entrypoint and command.
 */
class DockerfileTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static DockerfileInstructions dockerfile;
    private static DockerfileInstructions runtime;
    private static ImageSpec jibWithAot;

    @BeforeAll
    static void read() throws IOException {
        dockerfile = DockerfileInstructions.read(DockerfileInstructions.repositoryDockerfile());
        runtime = dockerfile.finalStage();
        jibWithAot = ImageSpec.builder().jars(List.of(Path.of("agentcore4j-cli.jar")))
                .aotCache(Path.of("app.aot")).build();
    }

    private static List<String> execForm(String arguments) throws IOException {
        return JSON.readValue(arguments, new TypeReference<List<String>>() { });
    }

    @Test
    void every_stage_is_built_for_linux_arm64() {
        assertThat(dockerfile.arguments("FROM")).hasSizeGreaterThanOrEqualTo(2)
                .allSatisfy(from -> assertThat(from).startsWith("--platform=" + ImageSpec.DEFAULT_PLATFORM + " "));
    }

    @Test
    void the_runtime_stage_starts_from_the_same_base_as_the_jib_image() {
        assertThat(runtime.last("FROM")).isEqualTo("--platform=linux/arm64 " + ImageSpec.DEFAULT_BASE);
    }

    @Test
    void the_build_stage_packages_the_cli_and_its_modules_with_the_wrapper() {
        assertThat(dockerfile.arguments("RUN"))
                .anySatisfy(run -> assertThat(run).contains("./mvnw -B -DskipTests package -pl cli -am"));
        assertThat(runtime.arguments("COPY"))
                .anySatisfy(copy -> assertThat(copy).contains("cli/target/lib/*.jar").endsWith(ImageSpec.LIB_DIR + "/"));
    }

    @Test
    void the_entrypoint_and_command_are_exactly_those_of_the_jib_image_with_an_aot_cache() throws IOException {
        assertThat(execForm(runtime.last("ENTRYPOINT"))).isEqualTo(jibWithAot.entrypoint());
        assertThat(execForm(runtime.last("CMD"))).isEqualTo(jibWithAot.args()).containsExactly("agent");
    }

    @Test
    void the_aot_cache_is_trained_with_the_entrypoints_flags_class_path_and_main_class() {
        var training = new ArrayList<String>();
        training.add("java");
        training.addAll(ImageSpec.DEFAULT_JVM_FLAGS);
        training.add("-XX:AOTCacheOutput=" + ImageSpec.AOT_CACHE_PATH);
        training.addAll(List.of("-cp", "'" + ImageSpec.CLASSPATH + "'", ImageSpec.DEFAULT_MAIN_CLASS, "agent", "--train"));

        assertThat(runtime.arguments("RUN")).anySatisfy(run ->
                assertThat(List.of(run.split("\\s+"))).isEqualTo(training));
    }

    @Test
    void the_process_runs_as_uid_1000_not_root() {
        assertThat(runtime.last("USER")).isEqualTo(ImageSpec.DEFAULT_USER);
    }

    @Test
    void port_8080_is_exposed_and_given_as_PORT_with_the_container_marker() {
        assertThat(runtime.last("EXPOSE")).isEqualTo(Integer.toString(ImageSpec.DEFAULT_PORT));
        String env = String.join(" ", runtime.arguments("ENV"));
        assertThat(env.split("\\s+")).contains("PORT=8080", "DOCKER_CONTAINER=1");
        assertThat(runtime.last("WORKDIR")).isEqualTo(ImageSpec.APP_DIR);
    }
}
