package dev.agentcore4j.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * {@code .ac4j/deploy.json} in the working directory (or {@code --file}): the deploy config, keys
 * kebab-case, e.g. {@code {"name": "my_agent", "region": "us-east-1", "idle-timeout": 900, ...}}.
 */
final class DeployConfigFile {

    static final Path DEFAULT = Path.of(".ac4j", "deploy.json");

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_EMPTY)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private DeployConfigFile() {
    }

    /** The config in {@code file}, or empty when there is none; a file AgentCore would reject fails. */
    static Optional<DeployConfig> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), DeployConfig.class));
        } catch (IOException e) {
            Throwable cause = e.getCause() instanceof DeployConfigException invalid ? invalid : e;
            throw new IllegalArgumentException(file + " cannot be used: " + cause.getMessage()
                    + "\n  fix it with ./ac4j configure (or edit the file)", e);
        }
    }

    static void write(Path file, DeployConfig config) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, "deploy", ".json.tmp");
            JSON.writeValue(tmp.toFile(), config);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
