import com.fasterxml.jackson.databind.ObjectMapper;
import dev.agentcore4j.emulator.AgentImage;
import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import dev.agentcore4j.runtime.InvocationHandler;
import dev.agentcore4j.runtime.Reply;
import dev.agentcore4j.runtime.RuntimeConfig;
import dev.agentcore4j.runtime.RuntimeServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The twin benchmark's driver (run by bench/twin.sh as a single-file program on the emulator's test
 * classpath). {@code serve}: a twin with an in-process echo runtime and the same echo served
 * directly, URLs printed for wrk, until stdin closes. {@code sessions N M}: time to a ready new
 * session and RSS per session, in-process (N sessions) and process mode (M sessions).
 */
public class TwinBench {

    static final String ECHO_URI = "public.ecr.aws/agentcore4j/bench-echo:in-process";
    static final String PROCESS_URI = "public.ecr.aws/agentcore4j/bench-echo:process";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    static InvocationHandler echo() {
        return invocation -> Reply.json(invocation.payload());
    }

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        TwinConfig config = TwinConfig.builder().port(0).dataDir(Files.createTempDirectory("twin-bench"))
                .invocationsPerSecond(1_000_000).maxSessions(100_000)
                .image(ECHO_URI, AgentImage.inProcess(TwinBench::echo))
                .image(PROCESS_URI, AgentImage.command(List.of(java, "-XX:+UseSerialGC", "-Xmx64m",
                        "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                        "dev.agentcore4j.emulator.TestAgent"))).build();
        try (Twin twin = Twin.start(config)) {
            if (args[0].equals("serve")) {
                serve(twin);
            } else {
                sessions(twin, Integer.parseInt(args[1]), Integer.parseInt(args[2]));
            }
        }
    }

    static void serve(Twin twin) throws Exception {
        String arn = create(twin, "bench_echo", ECHO_URI);
        RuntimeServer direct = RuntimeServer.builder().config(RuntimeConfig.defaults().withHost("127.0.0.1").withPort(0))
                .handler(echo()).start();
        String path = "/runtimes/" + URLEncoder.encode(arn, StandardCharsets.UTF_8) + "/invocations";
        invoke(twin.endpoint() + path, "bench-session-000000000000000000000000000001");
        System.out.println("TWIN_URL=" + twin.endpoint() + path);
        System.out.println("DIRECT_URL=http://127.0.0.1:" + direct.port() + "/invocations");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in)).readLine();
        direct.close();
    }

    static void sessions(Twin twin, int inProcess, int processes) throws Exception {
        String echoPath = twin.endpoint() + "/runtimes/" + URLEncoder.encode(create(twin, "bench_density", ECHO_URI),
                StandardCharsets.UTF_8) + "/invocations";
        String processPath = twin.endpoint() + "/runtimes/" + URLEncoder.encode(create(twin, "bench_process",
                PROCESS_URI), StandardCharsets.UTF_8) + "/invocations";
        invoke(echoPath, session("warm", 0));
        System.gc();
        long before = rss(ProcessHandle.current().pid());
        List<Long> readyMicros = new ArrayList<>();
        for (int i = 0; i < inProcess; i++) {
            long start = System.nanoTime();
            invoke(echoPath, session("inproc", i));
            readyMicros.add((System.nanoTime() - start) / 1000);
        }
        long after = rss(ProcessHandle.current().pid());
        report("in-process", readyMicros, inProcess, (after - before) / inProcess);
        List<Long> processMicros = new ArrayList<>();
        for (int i = 0; i < processes; i++) {
            long start = System.nanoTime();
            invoke(processPath, session("proc", i));
            processMicros.add((System.nanoTime() - start) / 1000);
        }
        long children = ProcessHandle.current().children().mapToLong(p -> rss(p.pid())).sum();
        report("process", processMicros, processes, children / Math.max(1, processes));
    }

    static void report(String mode, List<Long> micros, int sessions, long rssPerSessionKb) {
        List<Long> sorted = micros.stream().sorted().toList();
        System.out.printf("%s sessions=%d ready_p50_ms=%.1f ready_max_ms=%.1f rss_per_session_kb=%d%n", mode, sessions,
                sorted.get(sorted.size() / 2) / 1000.0, sorted.getLast() / 1000.0, rssPerSessionKb);
    }

    static String create(Twin twin, String name, String uri) throws Exception {
        String body = JSON.writeValueAsString(Map.of("agentRuntimeName", name,
                "agentRuntimeArtifact", Map.of("containerConfiguration", Map.of("containerUri", uri)),
                "roleArn", "arn:aws:iam::123456789012:role/Bench", "networkConfiguration", Map.of("networkMode", "PUBLIC")));
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(twin.endpoint().resolve("/runtimes/"))
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String id = JSON.readTree(created.body()).path("agentRuntimeId").asText();
        for (int i = 0; i < 500; i++) {
            String status = JSON.readTree(HTTP.send(HttpRequest.newBuilder(twin.endpoint().resolve("/runtimes/" + id + "/"))
                    .GET().build(), HttpResponse.BodyHandlers.ofString()).body()).path("status").asText();
            if (status.equals("READY")) {
                return twin.runtimeArn(id);
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("runtime " + name + " never became READY");
    }

    static void invoke(String url, String session) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(90))
                .header("X-Amzn-Bedrock-AgentCore-Runtime-Session-Id", session)
                .POST(HttpRequest.BodyPublishers.ofString("{\"op\":\"count\"}")).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("invoke answered " + response.statusCode() + ": " + response.body());
        }
    }

    static String session(String tag, int i) {
        return String.format("bench-%s-%040d", tag, i);
    }

    static long rss(long pid) {
        try {
            return Files.readAllLines(Path.of("/proc/" + pid + "/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
