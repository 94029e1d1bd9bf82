package dev.agentcore4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ac4j memory}: look into AgentCore Memory (the twin's or AWS's). */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Look into AgentCore Memory: memories, strategies, actors, sessions, events and records.",
        subcommands = {MemoryInspectCommand.class, CommandLine.HelpCommand.class})
final class MemoryCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
