package dev.agentcore4j.emulator;

import dev.agentcore4j.memory.MemorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The command line of {@code LocalTwin}'s {@code main}, the twin as a process of its own:
 * {@code --port N}, {@code --data-dir DIR}, {@code --memory-extraction-delay-ms N}, and the
 * environment ({@code AC4J_MEMORY_DB}).
 */
final class TwinArguments {

    static final String USAGE = "usage: LocalTwin [--port N (8790; 0 = any free port)] [--data-dir DIR] "
            + "[--memory-extraction-delay-ms N]; environment: AC4J_MEMORY_DB=embedded|jdbc:postgresql://...";

    private TwinArguments() {
    }

    /** @throws IllegalArgumentException saying what was wrong, for the usage line */
    static TwinConfig parse(List<String> args, Map<String, String> env) {
        TwinConfig.Builder builder = TwinConfig.builder().environment(env);
        MemorySettings.Builder memory = null;
        for (int i = 0; i < args.size(); i++) {
            String flag = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(flag + " needs a value");
            }
            String value = args.get(++i);
            switch (flag) {
                case "--port" -> builder.port(number(flag, value));
                case "--data-dir" -> builder.dataDir(Path.of(value));
                case "--memory-extraction-delay-ms" -> memory = MemorySettings.builder()
                        .extractionDelay(Duration.ofMillis(number(flag, value)));
                default -> throw new IllegalArgumentException("unknown option " + flag);
            }
        }
        TwinConfig config = builder.build();
        if (memory != null) {
            MemorySettings chosen = memory.database(config.memory().database()).build();
            config = builder.memory(chosen).build();
        }
        return config;
    }

    private static int number(String flag, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(flag + " must be a whole number, got '" + value + "'", e);
        }
    }
}
