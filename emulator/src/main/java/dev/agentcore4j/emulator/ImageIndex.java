package dev.agentcore4j.emulator;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Container URI → what to run. Images registered in {@link TwinConfig} come first; then the
 * {@code images.json} file in the data directory, read on every lookup so that tools such as
 * {@code ./ac4j launch --local} can register an image while the twin runs:
 * <pre>{"public.ecr.aws/acme/agent:1": {"command": ["java", "-jar", "agent.jar"], "environment": {}}}</pre>
 */
final class ImageIndex {

    static final String FILE_NAME = "images.json";

    private final Map<String, AgentImage> configured;
    private final Path file;

    ImageIndex(Map<String, AgentImage> configured, Path dataDir) {
        this.configured = configured;
        this.file = dataDir.resolve(FILE_NAME);
    }

    Optional<AgentImage> find(String containerUri) {
        AgentImage image = configured.get(containerUri);
        if (image != null) {
            return Optional.of(image);
        }
        return Optional.ofNullable(fromFile().get(containerUri))
                .map(entry -> AgentImage.command(entry.command(), entry.environment() == null ? Map.of() : entry.environment()));
    }

    /**
     * Why this URI cannot run here, or empty when it can: the URI must be indexed and a command's
     * program and {@code -jar} file must exist.
     */
    Optional<String> problem(String containerUri) {
        Optional<AgentImage> image = find(containerUri);
        if (image.isEmpty()) {
            return Optional.of("Container image " + containerUri + " is not in the twin's local image index: "
                    + "register it in TwinConfig.Builder.image(...) or in " + FILE_NAME + " of the data directory");
        }
        if (image.get() instanceof AgentImage.Command command) {
            List<String> args = command.command();
            Path program = Path.of(args.getFirst());
            if (program.isAbsolute() && !Files.isExecutable(program)) {
                return Optional.of("The command for " + containerUri + " names a program that does not exist: "
                        + program.getFileName());
            }
            int jar = args.indexOf("-jar");
            if (jar >= 0 && jar + 1 < args.size() && !Files.isRegularFile(Path.of(args.get(jar + 1)))) {
                return Optional.of("The command for " + containerUri + " runs a jar that does not exist ("
                        + Path.of(args.get(jar + 1)).getFileName() + "): build it first, e.g. ./mvnw -pl cli -am install");
            }
        }
        return Optional.empty();
    }

    private record Entry(List<String> command, Map<String, String> environment) {
    }

    private Map<String, Entry> fromFile() {
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), new TypeReference<Map<String, Entry>>() { });
        } catch (IOException e) {
            System.getLogger(ImageIndex.class.getName()).log(System.Logger.Level.WARNING,
                    "file=" + FILE_NAME + " | image index file is not valid JSON; ignoring it: " + e.getMessage());
            return Map.of();
        }
    }
}
