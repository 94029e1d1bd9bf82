package dev.agentcore4j.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ac4j agent --train}: the server serves a short workload and exits, so a JVM started with
 * {@code -XX:AOTCacheOutput} records what a container loads in its first seconds. The workload is
 * driven from a separate JVM ({@link TrainingClient}), so the client's classes stay out of the
 * cache: a smaller cache maps fewer pages and starts faster.
 */
final class TrainingRun {

    private TrainingRun() {
    }

    static void exercise(int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process client = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                TrainingClient.class.getName(), Integer.toString(port)))
                .inheritIO()
                .start();
        if (!client.waitFor(5, TimeUnit.MINUTES)) {
            client.destroyForcibly();
            throw new IOException("the training client did not finish within 5 minutes");
        }
        if (client.exitValue() != 0) {
            throw new IOException("the training client failed with exit code " + client.exitValue());
        }
    }
}
