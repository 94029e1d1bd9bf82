package dev.agentcore4j.cli;

import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/** Finds the runtime a deploy command is about, or says how to create it. */
final class DeployLookup {

    private DeployLookup() {
    }

    static String require(BedrockAgentCoreControlClient control, String name, String endpoint) {
        return DemoRuntime.find(control, name).orElseThrow(() -> new IllegalArgumentException(
                "no runtime named '" + name + "' at " + endpoint + ": launch it with ./ac4j launch --local"
                + " (is the twin running? ./ac4j up)"));
    }
}
