package dev.agentcore4j.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeArtifact;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntimeStatus;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AuthorizerConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.GetAgentRuntimeResponse;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.LifecycleConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.NetworkConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ProtocolConfiguration;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.ServerProtocol;

/**
 * Creates the runtime, or updates it when one with the name exists (a new version, never a
 * duplicate), with every argument the service requires — artifact, role, network, protocol,
 * lifecycle, environment, authorizer (and MMDSv2, see {@link RequireMmdsV2}) — then waits for READY and
 * reports each status change. While AgentCore cannot assume a role IAM is still propagating, the
 * call is retried ({@link RoleRetry}).
 */
final class LaunchRuntime {

    static final String LOCAL_ROLE_ARN = "arn:aws:iam::" + LaunchImage.LOCAL_ACCOUNT + ":role/AgentCore4JLocalRuntime";
    static final String DESCRIPTION = "AgentCore4J agent, launched with ./ac4j launch";
    /** AgentCore usually needs well under a minute to pull the image and start; the twin, milliseconds. */
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);

    private LaunchRuntime() {
    }

    /** @param memory the agent's environment for its memory ({@code AC4J_MEMORY_ID}, …); empty without one */
    static GetAgentRuntimeResponse deploy(BedrockAgentCoreControlClient control, DeployConfig config, String containerUri,
                                          String roleArn, Map<String, String> memory, PrintStream progress)
            throws InterruptedException {
        var artifact = AgentRuntimeArtifact.builder().containerConfiguration(c -> c.containerUri(containerUri)).build();
        var network = NetworkConfiguration.builder().networkMode("PUBLIC").build();
        var protocol = ProtocolConfiguration.builder().serverProtocol(ServerProtocol.HTTP).build();
        var lifecycle = LifecycleConfiguration.builder()
                .idleRuntimeSessionTimeout(config.idleTimeout()).maxLifetime(config.maxLifetime()).build();
        Map<String, String> environment = new TreeMap<>(memory);
        environment.put("AC4J_MODEL", config.model());
        Optional<AuthorizerConfiguration> authorizer = config.auth().equals("jwt")
                ? Optional.of(AuthorizerConfiguration.builder().customJWTAuthorizer(j -> j
                        .discoveryUrl(config.discoveryUrl()).allowedClients(config.allowedClients())).build())
                : Optional.empty();
        Optional<String> existing = DemoRuntime.find(control, config.name());
        String id;
        if (existing.isPresent()) {
            id = existing.get();
            progress.printf("Updating runtime %s (%s) to %s …%n", config.name(), id, containerUri);
            RoleRetry.IAM_PROPAGATION.run(roleArn, progress, () -> control.updateAgentRuntime(b -> {
                b.agentRuntimeId(id).agentRuntimeArtifact(artifact).roleArn(roleArn).networkConfiguration(network)
                        .protocolConfiguration(protocol).lifecycleConfiguration(lifecycle)
                        .environmentVariables(environment).description(DESCRIPTION);
                authorizer.ifPresent(b::authorizerConfiguration);
            }));
        } else {
            progress.printf("Creating runtime %s with %s …%n", config.name(), containerUri);
            id = RoleRetry.IAM_PROPAGATION.run(roleArn, progress, () -> control.createAgentRuntime(b -> {
                b.agentRuntimeName(config.name()).agentRuntimeArtifact(artifact).roleArn(roleArn)
                        .networkConfiguration(network).protocolConfiguration(protocol).lifecycleConfiguration(lifecycle)
                        .environmentVariables(environment).description(DESCRIPTION);
                authorizer.ifPresent(b::authorizerConfiguration);
            })).agentRuntimeId();
        }
        return awaitReady(control, id, progress);
    }

    static GetAgentRuntimeResponse awaitReady(BedrockAgentCoreControlClient control, String id, PrintStream progress)
            throws InterruptedException {
        long start = System.nanoTime();
        AgentRuntimeStatus last = null;
        while (true) {
            GetAgentRuntimeResponse runtime = control.getAgentRuntime(b -> b.agentRuntimeId(id));
            if (runtime.status() != last) {
                last = runtime.status();
                progress.printf("  %5.1f s  %s%n", (System.nanoTime() - start) / 1e9, last);
            }
            switch (runtime.status()) {
                case READY -> {
                    return runtime;
                }
                case CREATE_FAILED, UPDATE_FAILED -> throw new IllegalStateException("runtime " + id + " is "
                        + runtime.status() + ": " + runtime.failureReason());
                default -> {
                    if (System.nanoTime() - start > READY_TIMEOUT.toNanos()) {
                        throw new IllegalStateException("runtime " + id + " is still " + runtime.status() + " after "
                                + READY_TIMEOUT.toSeconds() + " s: check ./ac4j status");
                    }
                    Thread.sleep(pollInterval(System.nanoTime() - start));
                }
            }
        }
    }

    /** Fast at first (the twin settles in milliseconds), then every 2 s (AWS takes tens of seconds). */
    private static long pollInterval(long elapsedNanos) {
        return elapsedNanos < Duration.ofSeconds(5).toNanos() ? 100 : 2_000;
    }
}
