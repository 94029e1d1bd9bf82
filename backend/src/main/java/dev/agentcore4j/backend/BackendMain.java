package dev.agentcore4j.backend;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the backend API alone on a loopback port: {@code AC4J_BACKEND_PORT} (default 8792) and the
 * rest of {@link BackendConfig#fromEnvironment}. {@code ./ac4j up} serves the same API inside the
 * dashboard instead.
 */
public final class BackendMain {

    static final int DEFAULT_PORT = 8792;

    private BackendMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        BackendServer server;
        try {
            server = BackendServer.start(BackendConfig.fromEnvironment(env), port(env));
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("backend: " + e.getMessage());
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "backend-shutdown"));
        System.out.println("Backend API: " + server.endpoint() + "/api/  (mode " + server.api().mode().id() + "; Ctrl+C stops)");
        stopped.await();
    }

    static int port(Map<String, String> env) {
        String value = env.getOrDefault("AC4J_BACKEND_PORT", "").strip();
        if (value.isEmpty()) {
            return DEFAULT_PORT;
        }
        if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) > 65535) {
            throw new IllegalArgumentException("AC4J_BACKEND_PORT must be a port number 0..65535, got '" + value + "'");
        }
        return Integer.parseInt(value);
    }
}
