package dev.agentcore4j.cli;

import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/** Finds the runtime a deploy command is about, or says how to reach the twin or create the runtime. */
final class DeployLookup {

    private DeployLookup() {
    }

    /** The runtime's id, if one has the name; fails naming the fix when the twin cannot be reached. */
    static Optional<String> find(BedrockAgentCoreControlClient control, String name, String endpoint) {
        try {
            return DemoRuntime.find(control, name);
        } catch (SdkClientException e) {
            throw new IllegalStateException("cannot reach the twin at " + endpoint + ": start it with ./ac4j up,"
                    + " or pass --endpoint (and --home) of the running twin", e);
        }
    }

    static String require(BedrockAgentCoreControlClient control, String name, String endpoint) {
        return find(control, name, endpoint).orElseThrow(() -> new IllegalArgumentException(
                "no runtime named '" + name + "' at " + endpoint + ": launch it with ./ac4j launch --local"));
    }
}
