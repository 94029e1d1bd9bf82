package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ac4j agent} as a real OS process: what the image runs, stopped the way a container is. */
class AgentProcessIT {

    @TempDir
    Path data;

    @Test
    void the_agent_process_serves_the_contract_and_stops_gracefully_on_sigterm() throws Exception {
        int port = freePort();
        Process agent = start("agent", "--host", "127.0.0.1", "--port", Integer.toString(port));
        try (HttpClient client = HttpClient.newHttpClient()) {
            URI base = URI.create("http://127.0.0.1:" + port);
            awaitPing(client, base, agent);

            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(base.resolve("/invocations"))
                    .header("X-Amzn-Bedrock-AgentCore-Runtime-Session-Id", "it-session-00000000000000000000000001")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"What is the weather in Tokyo?\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("get_current_weather").contains("Tokyo");

            HttpResponse<String> stream = client.send(HttpRequest.newBuilder(base.resolve("/invocations"))
                    .header("Accept", "text/event-stream")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"prompt\":\"15 * 23 + 7 は？\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(stream.headers().firstValue("Content-Type")).hasValue("text/event-stream; charset=utf-8");
            assertThat(stream.body()).contains("\"type\":\"tool_call\"").contains("352").endsWith("\n\n");

            agent.destroy(); // SIGTERM
            assertThat(agent.waitFor(15, TimeUnit.SECONDS)).as("exits after SIGTERM").isTrue();
            assertThat(agent.exitValue()).isIn(0, 143);
        } finally {
            agent.destroyForcibly();
        }
    }

    @Test
    void a_bad_flag_fails_with_a_message_that_names_the_problem() throws Exception {
        Process p = start("agent", "--port", "eighty");
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isNotZero();
        assertThat(new String(p.getInputStream().readAllBytes())).contains("--port").contains("eighty");
    }

    private Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:+UseSerialGC", "-Xms32m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("AC4J_DATA_DIR", data.toString());
        builder.environment().remove("PORT");
        return builder.start();
    }

    private static void awaitPing(HttpClient client, URI base, Process agent) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            assertThat(agent.isAlive()).as("agent process alive").isTrue();
            try {
                if (client.send(HttpRequest.newBuilder(base.resolve("/ping")).timeout(Duration.ofSeconds(1)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new AssertionError("no /ping answer within 30 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

}
