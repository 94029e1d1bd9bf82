package dev.agentcore4j.cli;

import java.util.List;

/** A deploy config that AgentCore would reject, with every problem and its fix. */
final class DeployConfigException extends IllegalArgumentException {

    private final List<String> problems;

    DeployConfigException(List<String> problems) {
        super(problems.size() == 1 ? problems.getFirst()
                : "the deploy config has " + problems.size() + " problems:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
