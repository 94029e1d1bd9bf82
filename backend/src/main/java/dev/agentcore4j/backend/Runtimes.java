package dev.agentcore4j.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.bedrockagentcore.model.ResourceNotFoundException;
import software.amazon.awssdk.services.bedrockagentcorecontrol.BedrockAgentCoreControlClient;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.AgentRuntime;

/**
 * The runtimes page: runtimes, their versions and endpoints from the control plane through the AWS
 * SDK, and their live sessions from the twin's own read-only {@code GET /_twin/sessions} (live
 * sessions are not part of the AgentCore API, so on AWS there are none to show). Stopping a session
 * is {@code StopRuntimeSession}.
 */
final class Runtimes {

    static final String TWIN_SESSIONS = "/_twin/sessions";

    private final LiveSettings settings;
    private final SdkClients clients;
    private final HttpClient http;

    Runtimes(LiveSettings settings, SdkClients clients, HttpClient http) {
        this.settings = settings;
        this.clients = clients;
        this.http = http;
    }

    ObjectNode list() {
        String endpoint = settings.endpoint();
        ObjectNode out = Json.object().put("endpoint", endpoint);
        Optional<JsonNode> live = liveSessions(endpoint, out);
        ArrayNode list = out.putArray("runtimes");
        BedrockAgentCoreControlClient control = clients.control(endpoint, settings.region());
        try {
            List<AgentRuntime> runtimes = new ArrayList<>();
            control.listAgentRuntimesPaginator(b -> b.maxResults(100)).agentRuntimes().forEach(runtimes::add);
            runtimes.sort(Comparator.comparing(AgentRuntime::agentRuntimeName));
            for (AgentRuntime runtime : runtimes) {
                list.add(runtime(control, runtime, live));
            }
        } catch (SdkException e) {
            throw SdkClients.failure(e, endpoint);
        }
        return out;
    }

    private static ObjectNode runtime(BedrockAgentCoreControlClient control, AgentRuntime runtime, Optional<JsonNode> live) {
        String id = runtime.agentRuntimeId();
        ObjectNode out = Json.object().put("name", runtime.agentRuntimeName()).put("id", id)
                .put("arn", runtime.agentRuntimeArn()).put("status", runtime.statusAsString())
                .put("version", runtime.agentRuntimeVersion());
        ArrayNode versions = out.putArray("versions");
        control.listAgentRuntimeVersionsPaginator(b -> b.agentRuntimeId(id).maxResults(100)).agentRuntimes()
                .forEach(v -> versions.addObject().put("version", v.agentRuntimeVersion()).put("status", v.statusAsString()));
        ArrayNode endpoints = out.putArray("endpoints");
        control.listAgentRuntimeEndpointsPaginator(b -> b.agentRuntimeId(id).maxResults(100)).runtimeEndpoints()
                .forEach(e -> {
                    ObjectNode endpoint = endpoints.addObject().put("name", e.name()).put("status", e.statusAsString())
                            .put("liveVersion", e.liveVersion() == null ? "" : e.liveVersion());
                    if (e.targetVersion() != null) {
                        endpoint.put("targetVersion", e.targetVersion());
                    }
                });
        ArrayNode sessions = out.putArray("sessions");
        live.ifPresent(all -> all.forEach(s -> {
            if (s.path("runtimeArn").asText().equals(runtime.agentRuntimeArn())) {
                ObjectNode session = s.deepCopy();
                session.remove(List.of("runtimeArn", "runtimeId"));
                sessions.add(session);
            }
        }));
        return out;
    }

    /** The twin's live sessions; sets {@code sessionsSource} (and a note saying why when there are none to read). */
    private Optional<JsonNode> liveSessions(String endpoint, ObjectNode out) {
        if (endpoint.equals(Addresses.AWS)) {
            out.put("sessionsSource", "none").put("sessionsNote", "AgentCore has no API that lists live runtime "
                    + "sessions; only the local twin shows them");
            return Optional.empty();
        }
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(endpoint + TWIN_SESSIONS))
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            JsonNode sessions = Json.MAPPER.readTree(response.body()).path("sessions");
            if (response.statusCode() == 200 && sessions.isArray()) {
                out.put("sessionsSource", "twin");
                return Optional.of(sessions);
            }
            out.put("sessionsSource", "none").put("sessionsNote", endpoint + " answered " + response.statusCode()
                    + " to GET " + TWIN_SESSIONS + ": it is not an AgentCore4J twin that lists live sessions");
        } catch (IOException e) {
            out.put("sessionsSource", "none").put("sessionsNote", "cannot read live sessions from " + endpoint + ": "
                    + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.put("sessionsSource", "none").put("sessionsNote", "interrupted");
        }
        return Optional.empty();
    }

    /** {@code StopRuntimeSession} for a live session of the runtime named {@code name}. */
    ObjectNode stop(String name, String sessionId) {
        if (sessionId.length() < 33 || sessionId.length() > 256) {
            throw ApiException.invalid("a runtime session id has 33 to 256 characters, got " + sessionId.length());
        }
        String endpoint = settings.endpoint();
        try {
            String arn = arnOf(name, endpoint);
            // The JWT belongs to the configured runtime; other runtimes are called with SigV4.
            var jwt = settings.runtimeArn().filter(arn::equals).flatMap(configured -> settings.jwt());
            clients.data(endpoint, settings.region(), jwt).stopRuntimeSession(b -> b.agentRuntimeArn(arn).runtimeSessionId(sessionId));
        } catch (ResourceNotFoundException e) {
            throw ApiException.notFound("runtime " + name + " has no live session " + sessionId + " (it may have ended "
                    + "already): GET /api/runtimes lists the live ones");
        } catch (SdkException e) {
            throw SdkClients.failure(e, endpoint);
        }
        return Json.object().put("runtime", name).put("sessionId", sessionId).put("stopped", true);
    }

    private String arnOf(String name, String endpoint) {
        for (AgentRuntime runtime : clients.control(endpoint, settings.region())
                .listAgentRuntimesPaginator(b -> b.maxResults(100)).agentRuntimes()) {
            if (runtime.agentRuntimeName().equals(name)) {
                return runtime.agentRuntimeArn();
            }
        }
        throw ApiException.notFound("no runtime named " + name + " at " + endpoint + ": GET /api/runtimes lists them");
    }
}
