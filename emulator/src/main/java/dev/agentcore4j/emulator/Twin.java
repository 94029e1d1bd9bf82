package dev.agentcore4j.emulator;

import java.net.URI;

/**
 * The local twin of AWS Bedrock AgentCore: the control plane ({@code bedrock-agentcore-control})
 * and the data plane ({@code bedrock-agentcore}) on one loopback port, wire-compatible with the
 * official AWS SDKs, with one isolated agent instance per runtime session.
 *
 * <pre>{@code
 * try (Twin twin = Twin.start(TwinConfig.builder().port(0).dataDir(dir).build())) {
 *     BedrockAgentCoreControlClient control = BedrockAgentCoreControlClient.builder()
 *         .endpointOverride(twin.endpoint()) ... .build();
 * }
 * }</pre>
 */
public interface Twin extends AutoCloseable {

    /**
     * Opens the registry in {@code config.dataDir()}, binds {@code 127.0.0.1:config.port()} and serves.
     *
     * @throws IllegalStateException naming the fix when the port or the data directory cannot be used
     */
    static Twin start(TwinConfig config) {
        return LocalTwin.start(config);
    }

    /** {@code http://127.0.0.1:<port>}: the endpoint override for both AWS clients. */
    URI endpoint();

    int port();

    /** The ARN the twin gives a runtime id: {@code arn:aws:bedrock-agentcore:<region>:<account>:runtime/<id>}. */
    String runtimeArn(String runtimeId);

    /** Stops every session's agent, then the server; the registry stays on disk. */
    @Override
    void close();
}
