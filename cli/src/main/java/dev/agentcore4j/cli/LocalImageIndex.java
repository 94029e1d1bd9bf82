package dev.agentcore4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.emulator.AgentImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The twin's {@code images.json} (see emulator {@code ImageIndex}): container URI → the command
 * that runs it. The twin reads the file on every lookup, so a running twin sees a new image at
 * once. Other entries are kept; the file is replaced atomically.
 */
final class LocalImageIndex {

    static final String FILE_NAME = "images.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private LocalImageIndex() {
    }

    static void register(Path twinDir, String containerUri, AgentImage.Command image) {
        Path file = twinDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(twinDir);
            ObjectNode index = Files.isRegularFile(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
            ObjectNode entry = index.putObject(containerUri);
            image.command().forEach(entry.putArray("command")::add);
            ObjectNode environment = entry.putObject("environment");
            image.environment().forEach(environment::put);
            Path tmp = Files.createTempFile(twinDir, "images", ".json.tmp");
            JSON.writeValue(tmp.toFile(), index);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | ClassCastException e) {
            throw new UncheckedIOException("cannot register " + containerUri + " in " + file + ": " + e.getMessage()
                    + " (fix or delete the file)", e instanceof IOException io ? io : new IOException(e));
        }
    }
}
