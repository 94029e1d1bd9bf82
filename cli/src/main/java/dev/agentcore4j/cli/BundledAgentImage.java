package dev.agentcore4j.cli;

import dev.agentcore4j.emulator.AgentImage;
import dev.agentcore4j.image.ImageSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the twin starts the bundled agent for a session: this JVM's java and class path, the
 * image's JVM flags and, when the launcher recorded one, the AOT cache — so a session starts the
 * way the container image does.
 */
final class BundledAgentImage {

    private BundledAgentImage() {
    }

    static AgentImage create(Path dataDir) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ImageSpec.DEFAULT_JVM_FLAGS);
        command.add("--enable-native-access=ALL-UNNAMED");
        String classPath = System.getProperty("java.class.path");
        aotCache(classPath).ifPresent(cache -> {
            command.add("-XX:AOTCache=" + cache);
            command.add("-Xlog:aot=off");
            command.add("-Xlog:cds=off");
        });
        command.addAll(List.of("-cp", classPath, Main.class.getName(), AgentCommand.NAME));
        return AgentImage.command(command, Map.of("AC4J_DATA_DIR", dataDir.toString()));
    }

    /** {@code cli/target/ac4j.aot} beside {@code cli/target/lib/agentcore4j-cli.jar}, when running from it. */
    private static java.util.Optional<Path> aotCache(String classPath) {
        Path jar = Path.of(classPath).toAbsolutePath();
        if (!classPath.endsWith("agentcore4j-cli.jar") || jar.getParent() == null || jar.getParent().getParent() == null) {
            return java.util.Optional.empty();
        }
        Path cache = jar.getParent().getParent().resolve("ac4j.aot");
        return Files.isRegularFile(cache) && !olderThanAnyJar(cache, jar.getParent())
                ? java.util.Optional.of(cache) : java.util.Optional.empty();
    }

    /**
     * A cache recorded before the last build would serve the old classes of a jar whose size and time
     * happen to match (seen after a plain {@code mvnw package}); the launcher records a fresh one.
     */
    static boolean olderThanAnyJar(Path cache, Path lib) {
        try (var jars = Files.list(lib)) {
            var recorded = Files.getLastModifiedTime(cache);
            return jars.filter(p -> p.toString().endsWith(".jar")).anyMatch(p -> {
                try {
                    return Files.getLastModifiedTime(p).compareTo(recorded) > 0;
                } catch (java.io.IOException e) {
                    return true;
                }
            });
        } catch (java.io.IOException e) {
            return true;
        }
    }
}
