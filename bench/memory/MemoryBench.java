import dev.agentcore4j.emulator.Twin;
import dev.agentcore4j.emulator.TwinConfig;
import dev.agentcore4j.memory.MemorySettings;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.bedrockagentcore.BedrockAgentCoreClient;
import software.amazon.awssdk.services.bedrockagentcore.model.Conversational;
import software.amazon.awssdk.services.bedrockagentcore.model.MemoryRecordCreateInput;
import software.amazon.awssdk.services.bedrockagentcore.model.PayloadType;
import software.amazon.awssdk.services.bedrockagentcore.model.Role;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStatus;

/**
 * The Memory benchmark's driver (run by bench/memory.sh as a single-file program on the emulator's
 * test classpath): a twin on a loopback port with the embedded store, driven by the official AWS SDK
 * clients. CreateEvent throughput (1 and C clients), ListEvents latency on a session of E events,
 * RetrieveMemoryRecords latency over R records (cached and fresh queries, all namespaces and one).
 * Every phase is bounded by its call count.
 */
public class MemoryBench {

    static final String[] SUBJECTS = {"tea", "coffee", "jazz", "hiking", "Osaka", "Kyoto", "sushi", "ramen", "chess",
            "cycling", "Java", "Python", "gardening", "opera", "football", "sailing", "baking", "poetry", "cats", "dogs"};
    static final String[] VERBS = {"loves", "dislikes", "often talks about", "wants to learn", "works with",
            "reads about", "travels for", "collects", "teaches", "writes about"};
    static final String[] WHEN = {"on weekends", "every morning", "since childhood", "with friends", "at work",
            "in the summer", "after dinner", "on holidays", "when stressed", "most evenings"};

    public static void main(String[] args) throws Exception {
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.WARNING);
        int events = Integer.parseInt(args[0]);
        int clients = Integer.parseInt(args[1]);
        int records = Integer.parseInt(args[2]);
        int calls = Integer.parseInt(args[3]);
        TwinConfig config = TwinConfig.builder().port(0).dataDir(Files.createTempDirectory("memory-bench"))
                .memory(MemorySettings.builder().statusDelay(Duration.ofMillis(10)).requestsPerSecond(1_000_000)
                        .maxMemories(10).build()).build();
        try (Twin twin = Twin.start(config)) {
            var credentials = StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local"));
            URI endpoint = twin.endpoint();
            try (var control = BedrockAgentCoreControlClient.builder().region(Region.US_EAST_1)
                    .endpointOverride(endpoint).credentialsProvider(credentials)
                    .httpClientBuilder(UrlConnectionHttpClient.builder()).build();
                 var data = BedrockAgentCoreClient.builder().region(Region.US_EAST_1).endpointOverride(endpoint)
                    .credentialsProvider(credentials).httpClientBuilder(UrlConnectionHttpClient.builder()).build()) {
                String memory = memory(control, "bench_events");
                System.out.println("| phase | calls | per second | p50 ms | p90 ms | p99 ms | max ms |");
                System.out.println("|---|---:|---:|---:|---:|---:|---:|");
                run("warm-up CreateEvent (1 client, discarded)", 1, 500, i -> event(data, memory, "warm", i));
                run("CreateEvent, 1 client", 1, Math.min(2_000, events), i -> event(data, memory, "one", i));
                run("CreateEvent, " + clients + " clients, one session", clients, events,
                        i -> event(data, memory, "big", i));
                String deep = deepToken(data, memory, events);
                run("warm-up ListEvents (discarded)", 1, 300, i -> listEvents(data, memory, null));
                run("ListEvents, newest 100 of " + events, 1, calls, i -> listEvents(data, memory, null));
                run("ListEvents, oldest 100 of " + events + " (last page)", 1, calls / 2,
                        i -> listEvents(data, memory, deep));

                String recordsMemory = memory(control, "bench_records");
                run("BatchCreateMemoryRecords, 100 records each (embedded in process)", 1, records / 100,
                        i -> batch(data, recordsMemory, i));
                List<String> queries = new ArrayList<>();
                for (int i = 0; i < 20; i++) {
                    queries.add("What does the user think about " + SUBJECTS[i] + "?");
                }
                run("warm-up RetrieveMemoryRecords (discarded)", 1, 300,
                        i -> retrieve(data, recordsMemory, "/", queries.get(i % queries.size())));
                run("RetrieveMemoryRecords, all " + records + " records, top 10, repeated query", 1, calls,
                        i -> retrieve(data, recordsMemory, "/", queries.get(i % queries.size())));
                run("RetrieveMemoryRecords, one actor's namespace, top 10, repeated query", 1, calls,
                        i -> retrieve(data, recordsMemory, "/users/actor-" + (i % 100) + "/",
                                queries.get(i % queries.size())));
                run("RetrieveMemoryRecords, all " + records + " records, top 10, new query each call", 1, calls / 2,
                        i -> retrieve(data, recordsMemory, "/", "Which hobby did the user mention in message "
                                + i + " about " + SUBJECTS[i % SUBJECTS.length] + "?"));
            }
        }
    }

    static String memory(BedrockAgentCoreControlClient control, String name) throws InterruptedException {
        String id = control.createMemory(b -> b.name(name).eventExpiryDuration(30)).memory().id();
        while (control.getMemory(b -> b.memoryId(id)).memory().status() != MemoryStatus.ACTIVE) {
            Thread.sleep(10);
        }
        return id;
    }

    static void event(BedrockAgentCoreClient data, String memory, String session, int i) {
        data.createEvent(b -> b.memoryId(memory).actorId("bench").sessionId(session).eventTimestamp(Instant.now())
                .payload(PayloadType.builder().conversational(Conversational.builder()
                        .role(i % 2 == 0 ? Role.USER : Role.ASSISTANT)
                        .content(c -> c.text("Message " + i + ": the user " + VERBS[i % VERBS.length] + " "
                                + SUBJECTS[i % SUBJECTS.length] + " " + WHEN[i % WHEN.length] + "."))
                        .build()).build()));
    }

    static void listEvents(BedrockAgentCoreClient data, String memory, String token) {
        int n = data.listEvents(b -> b.memoryId(memory).actorId("bench").sessionId("big").maxResults(100)
                .nextToken(token)).events().size();
        if (n == 0) {
            throw new IllegalStateException("ListEvents answered no events");
        }
    }

    /** The token of the last page, by paging through once. */
    static String deepToken(BedrockAgentCoreClient data, String memory, int events) {
        String token = null;
        String last = null;
        do {
            last = token;
            String current = token;
            token = data.listEvents(b -> b.memoryId(memory).actorId("bench").sessionId("big").maxResults(100)
                    .includePayloads(false).nextToken(current)).nextToken();
        } while (token != null);
        return last;
    }

    static void batch(BedrockAgentCoreClient data, String memory, int batch) {
        List<MemoryRecordCreateInput> inputs = new ArrayList<>();
        for (int j = 0; j < 100; j++) {
            int n = batch * 100 + j;
            String text = "The user " + VERBS[n % VERBS.length] + " " + SUBJECTS[(n / 10) % SUBJECTS.length] + " "
                    + WHEN[(n / 200) % WHEN.length] + " (note " + n + ").";
            inputs.add(MemoryRecordCreateInput.builder().requestIdentifier("r" + n)
                    .namespaces("/users/actor-" + (n % 100) + "/").content(c -> c.text(text))
                    .timestamp(Instant.now()).build());
        }
        int ok = data.batchCreateMemoryRecords(b -> b.memoryId(memory).records(inputs)).successfulRecords().size();
        if (ok != 100) {
            throw new IllegalStateException("batch " + batch + " created " + ok + " of 100");
        }
    }

    static void retrieve(BedrockAgentCoreClient data, String memory, String namespace, String query) {
        int n = data.retrieveMemoryRecords(b -> b.memoryId(memory).namespace(namespace)
                .searchCriteria(c -> c.searchQuery(query).topK(10))).memoryRecordSummaries().size();
        if (n == 0) {
            throw new IllegalStateException("RetrieveMemoryRecords found nothing in " + namespace);
        }
    }

    /** Runs {@code count} calls on {@code clients} threads; prints one table row. */
    static void run(String phase, int clients, int count, IntConsumer call) throws Exception {
        long[] nanos = new long[count];
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        long t = System.nanoTime();
                        call.accept(i);
                        nanos[i] = System.nanoTime() - t;
                    }
                    return null;
                }));
            }
            for (Future<?> w : workers) {
                w.get();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (phase.contains("discarded")) {
            return;
        }
        Arrays.sort(nanos);
        System.out.printf("| %s | %,d | %,.0f | %.2f | %.2f | %.2f | %.2f |%n", phase, count, count / seconds,
                ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[count - 1] / 1e6);
    }

    static double ms(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }
}
