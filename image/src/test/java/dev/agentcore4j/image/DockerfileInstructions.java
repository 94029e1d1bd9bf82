package dev.agentcore4j.image;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The instructions of a Dockerfile as text: comments dropped, continuation lines joined. */
record DockerfileInstructions(List<Instruction> all) {

    /** One instruction: its upper-case keyword and the rest of the line. */
    record Instruction(String keyword, String arguments) {
    }

    static DockerfileInstructions read(Path dockerfile) throws IOException {
        var instructions = new ArrayList<Instruction>();
        var current = new StringBuilder();
        for (String line : Files.readAllLines(dockerfile)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && current.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            current.append(trimmed);
            String text = current.toString().strip();
            current.setLength(0);
            int space = text.indexOf(' ');
            instructions.add(new Instruction(text.substring(0, space).toUpperCase(Locale.ROOT),
                    text.substring(space + 1).strip()));
        }
        return new DockerfileInstructions(List.copyOf(instructions));
    }

    List<String> arguments(String keyword) {
        return all.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** The instructions after the last {@code FROM}: what the runtime image is made of. */
    DockerfileInstructions finalStage() {
        int lastFrom = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).keyword().equals("FROM")) {
                lastFrom = i;
            }
        }
        return new DockerfileInstructions(all.subList(lastFrom, all.size()));
    }

    /** The one argument of a single-valued keyword in this stage, the last one winning as in Docker. */
    String last(String keyword) {
        List<String> values = arguments(keyword);
        if (values.isEmpty()) {
            throw new AssertionError("no " + keyword + " in the Dockerfile stage");
        }
        return values.getLast();
    }

    /** The repository root, found upwards from the working directory by its Maven wrapper. */
    static Path repositoryDockerfile() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("Dockerfile"))) {
                return dir.resolve("Dockerfile");
            }
        }
        throw new AssertionError("no Dockerfile next to mvnw above " + Path.of("").toAbsolutePath());
    }
}
