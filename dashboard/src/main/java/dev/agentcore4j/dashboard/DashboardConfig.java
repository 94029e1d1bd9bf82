package dev.agentcore4j.dashboard;

import java.net.InetAddress;
import java.util.Map;
import java.util.Objects;

/**
 * Where the dashboard listens: a loopback address only (the dashboard and its API hold session
 * history and can stop sessions, so nothing off the machine may reach them).
 *
 * <pre>{@code
 * DashboardConfig config = DashboardConfig.defaults().withPort(0);   // any free port, as in tests
 * }</pre>
 *
 * @param address a loopback address ({@code 127.0.0.1} by default, {@code ::1} also works)
 * @param port    0..65535; 0 picks a free port
 */
public record DashboardConfig(InetAddress address, int port) {

    /** The port {@code ./ac4j up} serves the dashboard on unless told otherwise. */
    public static final int DEFAULT_PORT = 8791;

    public DashboardConfig {
        Objects.requireNonNull(address, "address");
        if (!address.isLoopbackAddress()) {
            throw new IllegalArgumentException("the dashboard listens on loopback only; got " + address.getHostAddress()
                    + ": use 127.0.0.1 or ::1");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("dashboard port must be 0..65535 (0: any free port), got " + port);
        }
    }

    /** {@code 127.0.0.1:8791}. */
    public static DashboardConfig defaults() {
        return new DashboardConfig(InetAddress.getLoopbackAddress(), DEFAULT_PORT);
    }

    /**
     * The defaults with {@code AC4J_DASHBOARD_PORT} applied when set.
     *
     * @throws IllegalArgumentException naming the variable when its value is not a port number
     */
    public static DashboardConfig fromEnvironment(Map<String, String> env) {
        String port = env.get("AC4J_DASHBOARD_PORT");
        if (port == null || port.isBlank()) {
            return defaults();
        }
        try {
            return defaults().withPort(Integer.parseInt(port.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("AC4J_DASHBOARD_PORT must be a port number 0..65535, got '" + port + "'", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("AC4J_DASHBOARD_PORT: " + e.getMessage(), e);
        }
    }

    public DashboardConfig withPort(int port) {
        return new DashboardConfig(address, port);
    }

    public DashboardConfig withAddress(InetAddress address) {
        return new DashboardConfig(address, port);
    }
}
