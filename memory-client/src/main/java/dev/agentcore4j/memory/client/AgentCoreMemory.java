package dev.agentcore4j.memory.client;

import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockagentcore.model.Event;
import software.amazon.awssdk.services.bedrockagentcore.model.PayloadType;

/**
 * {@link AgentMemory} on AgentCore Memory (or the twin) through the official AWS SDK: ListEvents to
 * load, CreateEvent per message to record, RetrieveMemoryRecords per strategy namespace to recall,
 * GetMemory (cached for five minutes) for the strategies and their namespaces.
 */
final class AgentCoreMemory implements AgentMemory {

    private static final System.Logger LOG = System.getLogger(AgentCoreMemory.class.getName());
    static final Duration STRATEGIES_TTL = Duration.ofMinutes(5);
    static final int QUERY_MAX = 10_000;
    private static final int SESSIONS_TRACKED = 10_000;

    private record Cached(Instant fetchedAt, List<MemoryStrategy> strategies) { }

    private final MemoryConfig config;
    private final SdkClients clients;
    private final Clock clock;
    private final Recaller recaller;
    private volatile Cached strategies;
    /** The newest event timestamp per actor and session, so a session's events are strictly ordered. */
    private final Map<String, Instant> newest = bounded();
    /** The timestamp given to each recent turn, so recording a turn again sends the very same requests. */
    private final Map<String, Instant> turns = bounded();

    AgentCoreMemory(MemoryConfig config, SdkClients clients) {
        this(config, clients, Clock.systemUTC());
    }

    AgentCoreMemory(MemoryConfig config, SdkClients clients, Clock clock) {
        this.config = config;
        this.clients = clients;
        this.clock = clock;
        this.recaller = new Recaller(config, clients, this::call);
    }

    @Override
    public boolean enabled() {
        return true;
    }

    @Override
    public String describe() {
        return config.memoryId();
    }

    @Override
    public List<StoredMessage> load(ActorId actor, String sessionId) {
        String session = MemoryIds.sessionId(sessionId);
        List<Event> events = call("ListEvents", () -> {
            List<Event> all = new ArrayList<>();
            clients.data().listEventsPaginator(b -> b.memoryId(config.memoryId()).actorId(actor.value())
                    .sessionId(session).includePayloads(true).maxResults(100)).events().forEach(all::add);
            return all;
        });
        events.sort(Comparator.comparing(Event::eventTimestamp).thenComparing(Event::eventId));
        List<StoredMessage> messages = new ArrayList<>();
        for (Event event : events) {
            for (var message : EventPayloads.messages(event.payload())) {
                messages.add(new StoredMessage(message, event.eventTimestamp()));
            }
        }
        if (!events.isEmpty()) {
            advance(key(actor, session), events.getLast().eventTimestamp());
        }
        List<StoredMessage> restored = Repair.conversation(messages, config.maxRestoredMessages());
        LOG.log(Level.DEBUG, () -> "memory=" + config.memoryId() + " actor=" + actor + " session=" + session
                + " | loaded " + events.size() + " events, restored " + restored.size() + " messages");
        return restored;
    }

    @Override
    public void record(ActorId actor, String sessionId, Turn turn) {
        String session = MemoryIds.sessionId(sessionId);
        String key = key(actor, session);
        Instant base = reserve(key, turn.turnId(), turn.at(), turn.messages().size());
        List<Runnable> creates = new ArrayList<>();
        for (int i = 0; i < turn.messages().size(); i++) {
            List<PayloadType> payload = EventPayloads.payload(turn.messages().get(i));
            if (payload.isEmpty()) {
                continue;
            }
            Instant at = base.plusMillis(i);
            String token = clientToken(actor, session, turn.turnId(), i);
            creates.add(() -> call("CreateEvent", () -> clients.data().createEvent(b -> b.memoryId(config.memoryId())
                    .actorId(actor.value()).sessionId(session).eventTimestamp(at).payload(payload).clientToken(token))));
        }
        // The timestamps order the events, not the order of the calls: a tool turn's events go out at once.
        Concurrently.runAll(creates);
    }

    @Override
    public Recall recall(ActorId actor, String query) {
        String text = query.strip();
        if (text.isEmpty()) {
            return Recall.none(query);
        }
        String bounded = text.length() <= QUERY_MAX ? text : text.substring(0, QUERY_MAX);
        List<Recaller.Target> targets = config.namespaces().isEmpty()
                ? Recaller.targets(strategies(), actor)
                : config.namespaces().stream().map(t -> new Recaller.Target(Namespaces.forActor(t, actor, ""), "")).distinct().toList();
        return recaller.recall(bounded, targets);
    }

    /** The memory's strategies, from GetMemory at most every five minutes. */
    List<MemoryStrategy> strategies() {
        Cached cached = strategies;
        if (cached != null && cached.fetchedAt().plus(STRATEGIES_TTL).isAfter(clock.instant())) {
            return cached.strategies();
        }
        List<MemoryStrategy> fresh = call("GetMemory", () -> clients.control().getMemory(b -> b.memoryId(config.memoryId()))
                .memory().strategies().stream()
                .map(s -> new MemoryStrategy(s.strategyId(), String.valueOf(s.typeAsString()),
                        String.valueOf(s.statusAsString()), s.namespaces()))
                .toList());
        strategies = new Cached(clock.instant(), fresh);
        return fresh;
    }

    @Override
    public void warmUp() {
        Thread.ofVirtual().name("ac4j-memory-warm-up").start(() -> {
            try {
                clients.data();
                if (config.namespaces().isEmpty()) {
                    strategies();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "memory=" + config.memoryId() + " | warm-up failed: " + e.getMessage());
            }
        });
    }

    @Override
    public void close() {
        clients.close();
    }

    /**
     * Timestamps for a turn's {@code count} events: from {@code at}, moved after the newest event the
     * session has; the same again for a turn recorded again (its idempotency tokens then match).
     */
    private Instant reserve(String key, String turnId, Instant at, int count) {
        synchronized (newest) {
            Instant known = turns.get(key + "\n" + turnId);
            if (known != null) {
                return known;
            }
            Instant last = newest.get(key);
            Instant wanted = at.truncatedTo(ChronoUnit.MILLIS); // what the wire carries
            Instant base = last != null && !wanted.isAfter(last) ? last.plusMillis(1) : wanted;
            newest.put(key, base.plusMillis(Math.max(0, count - 1)));
            turns.put(key + "\n" + turnId, base);
            return base;
        }
    }

    private static <V> Map<String, V> bounded() {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > SESSIONS_TRACKED;
            }
        };
    }

    private void advance(String key, Instant seen) {
        synchronized (newest) {
            newest.merge(key, seen, (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    private static String key(ActorId actor, String session) {
        return actor.value() + "\n" + session;
    }

    /** The same for the same message of the same turn: a retried CreateEvent is one event. */
    private String clientToken(ActorId actor, String session, String turnId, int index) {
        String seed = config.memoryId() + "\n" + actor.value() + "\n" + session + "\n" + turnId + "\n" + index;
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    <T> T call(String operation, Supplier<T> call) {
        try {
            return call.get();
        } catch (AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "error" : e.awsErrorDetails().errorCode();
            String message = e.awsErrorDetails() == null ? e.getMessage() : e.awsErrorDetails().errorMessage();
            throw new MemoryException("AgentCore Memory " + operation + " failed (" + code + ", HTTP " + e.statusCode()
                    + "): " + message + hint(operation, code), e);
        } catch (SdkException e) {
            throw new MemoryException("AgentCore Memory " + operation + " failed: " + e.getMessage()
                    + " (check that Memory is reachable: AC4J_MEMORY_ENDPOINT or the region, and the credentials)", e);
        }
    }

    private String hint(String operation, String code) {
        return switch (code) {
            case "ResourceNotFoundException" -> "; check AC4J_MEMORY_ID (" + config.memoryId() + ") and the region";
            case "AccessDeniedException" -> "; the agent's role needs bedrock-agentcore:" + operation
                    + " on the memory (docs/memory-agent.md)";
            default -> "";
        };
    }
}
