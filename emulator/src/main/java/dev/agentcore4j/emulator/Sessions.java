package dev.agentcore4j.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import dev.agentcore4j.contract.AwsErrorType;
import dev.agentcore4j.contract.ContainerContract;
import dev.agentcore4j.contract.DataPlaneContract;
import dev.agentcore4j.contract.PingStatus;
import dev.agentcore4j.emulator.Records.Version;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Runtime sessions and their agents: one isolated instance per (runtime, session id), started on
 * first use and ready once it answers {@code /ping}; ended at the idle timeout (never while the
 * agent reports HealthyBusy), at the maximum lifetime, on StopRuntimeSession, or when it dies.
 */
final class Sessions implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Sessions.class.getName());

    private final Map<Session.Key, Session> sessions = new ConcurrentHashMap<>();
    private final TwinConfig config;
    private final ImageIndex images;
    private final HttpClient client;
    private final Path logs;
    private final Thread reaper;

    Sessions(TwinConfig config, ImageIndex images, HttpClient client) {
        this.config = config;
        this.images = images;
        this.client = client;
        this.logs = config.dataDir().resolve("logs");
        this.reaper = Thread.ofVirtual().name("twin-reaper").start(this::reapLoop);
    }

    /**
     * The session's running agent, started (and awaited) if needed, with one more invocation in
     * flight; pair with {@link #release}.
     *
     * @throws TwinException RuntimeClientError when the agent cannot be started or never gets ready;
     *     ServiceQuotaExceededException when a new session would pass {@link TwinConfig#maxSessions()}
     */
    Session acquire(String runtimeArn, Version version, String sessionId) {
        Session.Key key = new Session.Key(version.runtimeId(), sessionId);
        if (!sessions.containsKey(key) && sessions.size() >= config.maxSessions()) {
            throw TwinException.of(AwsErrorType.SERVICE_QUOTA_EXCEEDED, "Active session quota exceeded: "
                    + config.maxSessions() + " runtime sessions are active (maxVms); stop a session with "
                    + "StopRuntimeSession or wait for idle sessions to end");
        }
        while (true) {
            Session session = sessions.computeIfAbsent(key, k -> new Session(k, runtimeArn, version));
            session.lock.lock();
            try {
                if (session.ended) {
                    continue;
                }
                if (session.instance == null) {
                    session.instance = launch(session);
                    session.startedNanos = System.nanoTime();
                    session.startedAt = Instant.now();
                    LOG.log(Level.INFO, session + " | session started");
                } else if (!session.instance.alive()) {
                    endLocked(session, "its agent exited");
                    continue;
                }
                session.inFlight.incrementAndGet();
                session.touch();
                return session;
            } catch (RuntimeException e) {
                session.ended = true;
                sessions.remove(key, session);
                throw e;
            } finally {
                session.lock.unlock();
            }
        }
    }

    void release(Session session) {
        session.inFlight.decrementAndGet();
        session.touch();
    }

    /** Ends a session whose agent failed under an invocation, so the next one starts afresh. */
    void checkAlive(Session session) {
        if (!session.instance.alive()) {
            end(session, "its agent exited");
        }
    }

    /** StopRuntimeSession: the session's agent stops at once, aborting in-flight streams. */
    void stop(String runtimeId, String sessionId) {
        Session session = sessions.get(new Session.Key(runtimeId, sessionId));
        if (session == null || session.ended) {
            throw TwinException.notFound("Session not found or already terminated");
        }
        end(session, "StopRuntimeSession");
    }

    void stopRuntime(String runtimeId) {
        sessions.values().stream().filter(s -> s.key.runtimeId().equals(runtimeId))
                .forEach(s -> end(s, "its runtime was deleted"));
    }

    /**
     * The live sessions as the twin-only {@code GET /_twin/sessions} shows them: HealthyBusy while an
     * invocation is in flight, else what the agent's {@code /ping} says (Unhealthy when it does not
     * answer); idle time and timeouts in lifecycle seconds.
     */
    List<LiveSession> live() {
        long second = config.lifecycleSecond().toNanos();
        return sessions.values().stream().filter(s -> s.instance != null && s.startedAt != null && !s.ended).map(s -> {
            String status = s.inFlight.get() > 0 ? PingStatus.HEALTHY_BUSY.wireValue()
                    : ping(s.instance).map(p -> p.status().wireValue()).orElse("Unhealthy");
            long idle = s.inFlight.get() > 0 ? 0 : (System.nanoTime() - s.lastActivityNanos) / second;
            return new LiveSession(s.runtimeArn, s.key.runtimeId(), s.key.sessionId(), s.version.version(), status,
                    idle, s.idleSeconds(), s.maxLifetimeSeconds(), s.startedAt);
        }).toList();
    }

    int active() {
        return sessions.size();
    }

    @Override
    public void close() {
        reaper.interrupt();
        sessions.values().forEach(s -> end(s, "the twin is stopping"));
    }

    private AgentInstance launch(Session session) {
        String uri = session.version.containerUri();
        AgentImage image = images.find(uri).orElseThrow(() -> TwinException.runtimeClientError(
                images.problem(uri).orElse("Container image " + uri + " cannot be run")));
        AgentInstance instance;
        try {
            instance = switch (image) {
                case AgentImage.Command command -> ProcessAgent.start(command, environment(session), logFile(session));
                case AgentImage.InProcess inProcess -> InProcessAgent.start(inProcess, environment(session));
            };
        } catch (IOException e) {
            LOG.log(Level.WARNING, session + " | agent failed to start: " + e.getMessage());
            throw TwinException.runtimeClientError("The runtime's container could not be started. "
                    + "Please check the twin's session logs for more information.");
        }
        awaitReady(session, instance);
        return instance;
    }

    private void awaitReady(Session session, AgentInstance instance) {
        long deadline = System.nanoTime() + config.startTimeout().toNanos();
        while (System.nanoTime() < deadline) {
            if (!instance.alive()) {
                instance.close();
                throw TwinException.runtimeClientError("The runtime's container exited during initialization. "
                        + "Please check the twin's session log logs/" + session.key.runtimeId() + "/"
                        + logFile(session).getFileName() + " for more information.");
            }
            if (ping(instance).isPresent()) {
                return;
            }
            sleep(Duration.ofMillis(20));
        }
        instance.close();
        throw TwinException.runtimeClientError(DataPlaneContract.INITIALIZATION_TIMEOUT_MESSAGE);
    }

    private Map<String, String> environment(Session session) {
        Map<String, String> env = new HashMap<>();
        session.version.spec().path("environmentVariables").properties()
                .forEach(e -> env.put(e.getKey(), e.getValue().asText()));
        env.put("AWS_REGION", config.region());
        env.put("AWS_DEFAULT_REGION", config.region());
        env.put("OTEL_RESOURCE_ATTRIBUTES", "cloud.resource_id=" + session.runtimeArn);
        return env;
    }

    private Path logFile(Session session) {
        String safe = session.key.sessionId().replaceAll("[^A-Za-z0-9_-]", "_");
        return logs.resolve(session.key.runtimeId()).resolve(safe + ".log");
    }

    /** The agent's ping status and {@code time_of_last_update} (epoch seconds), if it answers. */
    private Optional<Ping> ping(AgentInstance instance) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(
                    instance.base().resolve(ContainerContract.PING_PATH)).timeout(Duration.ofSeconds(2)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonNode body = Json.MAPPER.readTree(response.body());
            PingStatus status = PingStatus.fromWire(body.path("status").asText());
            return Optional.of(new Ping(status, body.path("time_of_last_update").asLong(0)));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private record Ping(PingStatus status, long timeOfLastUpdate) {
    }

    private void reapLoop() {
        while (!Thread.currentThread().isInterrupted()) {
            sleep(config.reapInterval());
            try {
                sessions.values().forEach(this::reap);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "reaping sessions failed", e);
            }
        }
    }

    private void reap(Session session) {
        AgentInstance instance = session.instance;
        if (instance == null || session.ended) {
            return;
        }
        long now = System.nanoTime();
        long second = config.lifecycleSecond().toNanos();
        if (!instance.alive()) {
            end(session, "its agent exited");
        } else if (now - session.startedNanos > session.maxLifetimeSeconds() * second) {
            end(session, "maxLifetime reached");
        } else if (session.inFlight.get() == 0 && now - session.lastActivityNanos > session.idleSeconds() * second) {
            Optional<Ping> ping = ping(instance);
            if (ping.isPresent() && ping.get().status() == PingStatus.HEALTHY_BUSY) {
                session.touch();
                return;
            }
            // Idle time counts from the later of the last invocation and the agent's last status change.
            long statusChangedNanos = ping.map(p -> now - (System.currentTimeMillis() - p.timeOfLastUpdate() * 1000)
                    * 1_000_000).orElse(Long.MIN_VALUE);
            if (now - Math.max(session.lastActivityNanos, statusChangedNanos) > session.idleSeconds() * second) {
                end(session, "idle timeout");
            }
        }
    }

    private void end(Session session, String why) {
        session.lock.lock();
        try {
            endLocked(session, why);
        } finally {
            session.lock.unlock();
        }
    }

    private void endLocked(Session session, String why) {
        if (session.ended) {
            return;
        }
        session.ended = true;
        sessions.remove(session.key, session);
        AgentInstance instance = session.instance;
        if (instance != null) {
            instance.close();
        }
        LOG.log(Level.INFO, session + " | session ended: " + why);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
