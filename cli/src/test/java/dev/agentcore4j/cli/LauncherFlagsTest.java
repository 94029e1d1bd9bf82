package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agentcore4j.image.ImageSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LauncherFlagsTest {

    @Test
    void the_launcher_runs_the_agent_with_the_images_jvm_flags() throws Exception {
        String script = Files.readString(Path.of("..", "ac4j"));
        Matcher m = Pattern.compile("jvm_flags=\\(([^)]*)\\)", Pattern.DOTALL).matcher(script);
        assertThat(m.find()).as("ac4j defines jvm_flags=(...)").isTrue();
        List<String> flags = Arrays.stream(m.group(1).trim().split("\\s+")).toList();
        assertThat(flags).startsWith(ImageSpec.DEFAULT_JVM_FLAGS.toArray(String[]::new));
    }
}
