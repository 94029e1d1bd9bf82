package dev.agentcore4j.cli;

import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ./ac4j}: the one composition root of the command line. */
@Command(name = "ac4j", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "AgentCore4J: run AI agents on AWS Bedrock AgentCore from Java, offline by default.",
        subcommands = {AgentCommand.class, UpCommand.class, InvokeCommand.class, CompareCommand.class,
                ConfigureCommand.class, LaunchCommand.class, StatusCommand.class, LogsCommand.class, DestroyCommand.class,
                MemoryCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        Logging.configure();
        // Server commands return only once their server has stopped (SIGTERM included).
        System.exit(args.length > 0 && args[0].equals(AgentCommand.NAME)
                ? runAgent(Arrays.copyOfRange(args, 1, args.length))
                : commandLine().execute(args));
    }

    /** The container's entry point, without building picocli's command model (see AgentOptions). */
    private static int runAgent(String[] args) {
        try {
            return AgentCommand.run(AgentOptions.parse(args));
        } catch (AgentOptions.UsageError e) {
            System.err.println("ac4j agent: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            System.err.println("ac4j agent: " + e.getMessage());
            return 1;
        }
    }

    static CommandLine commandLine() {
        return configure(new CommandLine(new Main()));
    }

    private static CommandLine configure(CommandLine commandLine) {
        return commandLine
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println(cmd.getColorScheme().errorText("ac4j: " + e.getMessage()));
                    return 1;
                });
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar manifest (or "dev" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"ac4j " + (v == null ? "dev" : v) + " (Java " + Runtime.version() + ")"};
        }
    }
}
