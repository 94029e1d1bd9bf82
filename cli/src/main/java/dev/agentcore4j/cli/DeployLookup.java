package dev.agentcore4j.cli;

import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;

/**
 * Finds the runtime a deploy command is about, or says how to reach the control plane (the twin, or
 * AWS with credentials) or how to create the runtime.
 */
final class DeployLookup {

    private DeployLookup() {
    }

    /** The runtime's id, if one has the name; fails naming the fix when the control plane cannot be reached. */
    static Optional<String> find(BedrockAgentCoreControlClient control, DeployConfig config, DeployTarget target) {
        try {
            return DemoRuntime.find(control, config.name());
        } catch (SdkClientException e) {
            throw new IllegalStateException(target.aws()
                    ? "cannot reach AgentCore in " + config.region() + " (" + e.getMessage() + "): configure AWS credentials"
                            + " (AWS_PROFILE, aws configure, or the workflow's OIDC role) and check --region"
                    : "cannot reach the twin at " + target.endpoint() + ": start it with ./ac4j up,"
                            + " or pass --endpoint (and --home) of the running twin", e);
        }
    }

    static String require(BedrockAgentCoreControlClient control, DeployConfig config, DeployTarget target) {
        return find(control, config, target).orElseThrow(() -> new IllegalArgumentException(
                "no runtime named '" + config.name() + "' in " + target.where(config) + ": launch it with "
                        + target.launchCommand()));
    }
}
