package dev.agentcore4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * {@code ac4j logs}: locally, the twin's session logs ({@code <twin dir>/logs/<runtime id>/<session>.log}),
 * oldest first, or one session's with {@code --session}.
 */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Print the runtime's session logs from the twin (one session with --session).")
final class LogsCommand implements Callable<Integer> {

    @Mixin
    DeployTarget target;

    @Option(names = "--session", paramLabel = "ID", description = "Only this runtime session's log.")
    String session;

    @Override
    public Integer call() throws IOException {
        DeployConfig config = target.config();
        String id;
        try (BedrockAgentCoreControlClient control = target.control(config)) {
            id = DeployLookup.require(control, config.name(), target.endpoint);
        }
        Path dir = target.twinDir().resolve("logs").resolve(id);
        List<Path> logs = files(dir);
        if (logs.isEmpty()) {
            System.err.println("no session logs in " + dir + " yet: invoke the runtime first (./ac4j invoke --runtime "
                    + config.name() + " hello), or pass the --home the twin runs with");
            return 0;
        }
        for (Path log : logs) {
            System.out.println("==> " + log.getFileName() + " <==");
            try (Stream<String> lines = Files.lines(log)) {
                lines.forEach(System.out::println);
            }
        }
        return 0;
    }

    private List<Path> files(Path dir) throws IOException {
        if (session != null) {
            Path one = dir.resolve(session + ".log");
            if (!Files.isRegularFile(one)) {
                throw new IllegalArgumentException("no log for session " + session + " in " + dir
                        + ": run ./ac4j logs without --session to see every session");
            }
            return List.of(one);
        }
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".log"))
                    .sorted(Comparator.comparing((Path p) -> p.toFile().lastModified()).thenComparing(Path::toString))
                    .toList();
        }
    }
}
