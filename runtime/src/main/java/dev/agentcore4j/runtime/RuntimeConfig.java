package dev.agentcore4j.runtime;

import dev.agentcore4j.contract.ContainerContract;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the container server listens.
 *
 * @param host interface to bind; AgentCore requires {@code 0.0.0.0}
 * @param port TCP port, 0 for an ephemeral one (tests)
 * @param maxPayloadBytes larger bodies are refused with 413 without being buffered
 * @param shutdownGrace how long a graceful stop waits for in-flight work
 * @param debugActions whether {@code _agent_core_app_action} payloads drive the ping state (as the
 *     Python SDK's {@code debug=True})
 */
public record RuntimeConfig(String host, int port, long maxPayloadBytes, Duration shutdownGrace,
        boolean debugActions) {

    public RuntimeConfig {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(shutdownGrace, "shutdownGrace");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxPayloadBytes < 1) {
            throw new IllegalArgumentException("maxPayloadBytes must be positive, got " + maxPayloadBytes);
        }
        if (shutdownGrace.isNegative()) {
            throw new IllegalArgumentException("shutdownGrace must not be negative, got " + shutdownGrace);
        }
    }

    /** {@code 0.0.0.0:8080}, 100 MB payloads, 30 s shutdown grace, no debug actions. */
    public static RuntimeConfig defaults() {
        return new RuntimeConfig("0.0.0.0", ContainerContract.DEFAULT_PORT,
                ContainerContract.MAX_PAYLOAD_BYTES, Duration.ofSeconds(30), false);
    }

    /**
     * The defaults overridden by {@code PORT}, {@code HOST}, {@code AC4J_SHUTDOWN_GRACE_SECONDS} and
     * {@code AC4J_DEBUG_ACTIONS}.
     *
     * @throws IllegalArgumentException naming the variable when a value is malformed
     */
    public static RuntimeConfig fromEnvironment(Map<String, String> env) {
        RuntimeConfig config = defaults();
        if (env.containsKey("PORT")) {
            config = config.withPort(parseInt("PORT", env.get("PORT")));
        }
        if (env.containsKey("HOST")) {
            config = config.withHost(env.get("HOST"));
        }
        if (env.containsKey("AC4J_SHUTDOWN_GRACE_SECONDS")) {
            config = config.withShutdownGrace(Duration.ofSeconds(
                    parseInt("AC4J_SHUTDOWN_GRACE_SECONDS", env.get("AC4J_SHUTDOWN_GRACE_SECONDS"))));
        }
        if (env.containsKey("AC4J_DEBUG_ACTIONS")) {
            config = config.withDebugActions(Boolean.parseBoolean(env.get("AC4J_DEBUG_ACTIONS")));
        }
        return config;
    }

    public RuntimeConfig withHost(String host) {
        return new RuntimeConfig(host, port, maxPayloadBytes, shutdownGrace, debugActions);
    }

    public RuntimeConfig withPort(int port) {
        return new RuntimeConfig(host, port, maxPayloadBytes, shutdownGrace, debugActions);
    }

    public RuntimeConfig withMaxPayloadBytes(long maxPayloadBytes) {
        return new RuntimeConfig(host, port, maxPayloadBytes, shutdownGrace, debugActions);
    }

    public RuntimeConfig withShutdownGrace(Duration shutdownGrace) {
        return new RuntimeConfig(host, port, maxPayloadBytes, shutdownGrace, debugActions);
    }

    public RuntimeConfig withDebugActions(boolean debugActions) {
        return new RuntimeConfig(host, port, maxPayloadBytes, shutdownGrace, debugActions);
    }

    private static int parseInt(String name, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'");
        }
    }
}
