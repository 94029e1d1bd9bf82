package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledAgentImageTest {

    @TempDir
    Path target;

    @Test
    void an_aot_cache_recorded_after_the_last_build_is_used() throws Exception {
        Path lib = Files.createDirectories(target.resolve("lib"));
        Path jar = Files.writeString(lib.resolve("agentcore4j-container.jar"), "classes");
        Path cache = Files.writeString(target.resolve("ac4j.aot"), "cache");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2026-01-01T00:01:00Z")));

        assertThat(BundledAgentImage.olderThanAnyJar(cache, lib)).isFalse();
    }

    @Test
    void an_aot_cache_older_than_a_rebuilt_jar_is_not_used() throws Exception {
        Path lib = Files.createDirectories(target.resolve("lib"));
        Files.writeString(lib.resolve("agentcore4j-cli.jar"), "old");
        Path rebuilt = Files.writeString(lib.resolve("agentcore4j-container.jar"), "new classes");
        Path cache = Files.writeString(target.resolve("ac4j.aot"), "cache");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        Files.setLastModifiedTime(rebuilt, FileTime.from(Instant.parse("2026-01-02T00:00:00Z")));

        assertThat(BundledAgentImage.olderThanAnyJar(cache, lib)).isTrue();
    }
}
