package dev.agentcore4j.image;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real pull against a closed port: Jib retries with back-off for about a minute, hence an IT. */
class BaseImagePullIT {

    @TempDir
    Path dir;

    @Test
    void an_unreachable_registry_base_fails_with_the_scratch_or_tar_hint() {
        Path jar = TestJars.jar(dir, "agentcore4j-cli.jar", "application code");
        // Port 9 on the loopback refuses connections: no network is touched.
        ImageSpec spec = ImageSpec.builder().jars(List.of(jar)).base("127.0.0.1:9/eclipse-temurin:25-jre")
                .cacheDirectory(dir.resolve("jib-cache")).build();

        assertThatThrownBy(() -> ContainerImages.build(spec, ImageTarget.tar(dir.resolve("x.tar"), "x:1")))
                .isInstanceOf(ImageBuildException.class)
                .hasMessageContaining("could not pull base image 127.0.0.1:9/eclipse-temurin:25-jre")
                .hasMessageContaining("Connection refused")
                .hasMessageContaining("use --base scratch or --base tar://");
    }
}
