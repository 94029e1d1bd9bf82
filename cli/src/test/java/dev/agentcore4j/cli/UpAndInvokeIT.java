package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ac4j up} as a real process, then {@code ac4j invoke} through the twin with the AWS SDK. */
class UpAndInvokeIT {

    @TempDir
    Path home;

    @Test
    void up_deploys_the_bundled_agent_on_the_twin_and_invoke_streams_its_answer() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "up", "--port", "0", "--dashboard-port", "0", "--home", home.toString()))
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("OPENAI_")); // the runtime has no openai
        Process up = builder.start();
        try {
            String[] urls = awaitUrls(up);
            String endpoint = urls[0];
            assertDashboardServesTheDemoAgent(urls[1]);

            Output first = invoke("--endpoint", endpoint, "--session", "it-session-000000000000000000000000001",
                    "What", "is", "the", "weather", "in", "Tokyo?");
            assertThat(first.code).isZero();
            assertThat(first.out).contains("Tokyo").contains("offline sample dataset");
            assertThat(first.err).contains("→ get_current_weather").contains("\"city\":\"Tokyo\"");

            invoke("--endpoint", endpoint, "--session", "it-session-000000000000000000000000001", "My name is Alice");
            assertThat(invoke("--endpoint", endpoint, "--session", "it-session-000000000000000000000000001",
                    "What is my name?").out).contains("Alice");
            assertThat(invoke("--endpoint", endpoint, "--session", "it-session-000000000000000000000000002",
                    "What is my name?").out).doesNotContain("Alice");

            Output alice = invoke("--endpoint", endpoint, "--actor", "alice", "What is my name?");
            assertThat(alice.code).isZero();
            assertThat(alice.err).as("no memory of alice's: nothing recalled").doesNotContain("recalled");
            Output badActor = invoke("--endpoint", endpoint, "--actor", "not an actor!", "hi");
            assertThat(badActor.code).isNotZero();
            assertThat(badActor.err).contains("actor id 'not an actor!' is not a valid AgentCore Memory actorId");

            Output offline = invoke("--endpoint", endpoint, "--model", "Offline", "What", "is", "2", "+", "2?");
            assertThat(offline.code).isZero();
            assertThat(offline.out).contains("4");
            Output unconfigured = invoke("--endpoint", endpoint, "--model", "openai", "hi");
            assertThat(unconfigured.code).isNotZero();
            assertThat(unconfigured.err).contains("model 'openai' is not configured in this runtime", "OPENAI_BASE_URL");
            Output badModel = invoke("--endpoint", endpoint, "--model", "gpt-4o", "hi");
            assertThat(badModel.code).isNotZero();
            assertThat(badModel.err).contains("--model gpt-4o is not a model: use one of offline, bedrock, openai, anthropic");

            Output unknown = invoke("--endpoint", endpoint, "--runtime", "no_such_agent", "hi");
            assertThat(unknown.code).isNotZero();
            assertThat(unknown.err).contains("no runtime named 'no_such_agent'").contains("./ac4j up");
        } finally {
            up.destroy();
            assertThat(up.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** The twin's endpoint and the dashboard's URL from the summary {@code up} prints. */
    private static String[] awaitUrls(Process up) throws Exception {
        BufferedReader lines = new BufferedReader(new InputStreamReader(up.getInputStream(), StandardCharsets.UTF_8));
        Pattern twin = Pattern.compile("AgentCore twin\\s+(http://127\\.0\\.0\\.1:\\d+)");
        Pattern dashboard = Pattern.compile("Dashboard: (http://127\\.0\\.0\\.1:\\d+/)");
        String dashboardUrl = null;
        StringBuilder seen = new StringBuilder();
        for (String line; (line = lines.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher d = dashboard.matcher(line);
            if (d.find()) {
                dashboardUrl = d.group(1);
            }
            Matcher m = twin.matcher(line);
            if (m.find()) {
                Thread.ofVirtual().start(() -> lines.lines().forEach(l -> { })); // keep draining
                assertThat(dashboardUrl).as("the dashboard's URL comes first in the summary:\n" + seen).isNotNull();
                return new String[] {m.group(1), dashboardUrl};
            }
        }
        throw new AssertionError("ac4j up printed no endpoint:\n" + seen);
    }

    /** The dashboard's page, and its API in agentcore mode pointing at the demo runtime on the twin. */
    private static void assertDashboardServesTheDemoAgent(String url) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("/js/app.js");
            HttpResponse<String> config = http.send(HttpRequest.newBuilder(URI.create(url + "api/config")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(config.body()).contains("\"mode\":\"agentcore\"").contains(":runtime/demo_agent-");
        }
    }

    private record Output(int code, String out, String err) {
    }

    private static Output invoke(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        PrintStream stderr = System.err;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 1];
            all[0] = "invoke";
            System.arraycopy(args, 0, all, 1, args.length);
            int code = Main.commandLine().setErr(new java.io.PrintWriter(System.err, true)).execute(all);
            return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(stdout);
            System.setErr(stderr);
        }
    }
}
