package dev.agentcore4j.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;

/**
 * {@code ac4j logs}: locally, the twin's session logs ({@code <twin dir>/logs/<runtime id>/<session>.log}),
 * oldest first, or one session's with {@code --session}; with {@code --aws}, the runtime's CloudWatch log
 * group ({@code /aws/bedrock-agentcore/runtimes/<runtime id>-DEFAULT}) and its events since {@code --since}.
 */
@Command(name = "logs", mixinStandardHelpOptions = true,
        description = "Print the runtime's logs: the twin's session logs, or with --aws its CloudWatch log group's recent events.")
final class LogsCommand implements Callable<Integer> {

    @Mixin
    DeployTarget target;

    @Option(names = "--session", paramLabel = "ID", description = "Only this runtime session (with --aws: events mentioning it).")
    String session;

    @Option(names = "--since", paramLabel = "DURATION", defaultValue = "1h",
            description = "With --aws: how far back, e.g. 10m, 1h, 2d (default: ${DEFAULT-VALUE}).")
    String since;

    @Override
    public Integer call() throws IOException {
        DeployConfig config = target.config();
        java.time.Duration back = CloudWatchTail.parse(since);
        if (session != null && (session.length() > 256 || !session.matches("[A-Za-z0-9][A-Za-z0-9_.:-]*"))) {
            throw new IllegalArgumentException("--session '" + session + "' is not a runtime session id (letters, digits"
                    + " and _ . : -, at most 256): copy it from ./ac4j invoke's output");
        }
        String id;
        try (BedrockAgentCoreControlClient control = target.control(config)) {
            id = DeployLookup.require(control, config, target);
        }
        if (target.aws()) {
            String group = LaunchCommand.logGroup(id);
            System.err.println("log group " + group);
            try (CloudWatchLogsClient logs = AwsClients.logs(Region.of(config.region()))) {
                CloudWatchTail.print(logs, group, Instant.now().minus(back), Optional.ofNullable(session), System.out, System.err);
            }
            return 0;
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
