package dev.agentcore4j.emulator;

import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.AwsErrorType;
import dev.agentcore4j.contract.ControlPlaneContract;
import dev.agentcore4j.contract.DataPlaneContract;
import dev.agentcore4j.memory.MemoryRequest;
import dev.agentcore4j.memory.MemoryResponse;
import dev.agentcore4j.memory.MemoryService;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;

/**
 * The whole routing table of both planes, on the raw path (an ARN label keeps its {@code %2F}).
 * Runtime control-plane URIs end with a slash; data-plane URIs end with the operation's name.
 * Everything under {@code /memories/} is AgentCore Memory (both of its planes, see
 * {@link MemoryService}), behind the same SigV4 check as the control plane.
 */
final class Router {

    private static final System.Logger LOG = System.getLogger(Router.class.getName());

    private final ControlPlane runtimes;
    private final Endpoints endpoints;
    private final DataPlane data;
    private final MemoryService memory;
    private final InboundAuth auth;
    private final Cors cors;

    Router(ControlPlane runtimes, Endpoints endpoints, DataPlane data, MemoryService memory, InboundAuth auth,
            Cors cors) {
        this.runtimes = runtimes;
        this.endpoints = endpoints;
        this.data = data;
        this.memory = memory;
        this.auth = auth;
        this.cors = cors;
    }

    void handle(HttpExchange exchange) {
        try (exchange) {
            try {
                cors.decorate(exchange);
                if (cors.preflight(exchange)) {
                    return;
                }
                route(exchange);
            } catch (TwinException e) {
                Exchanges.error(exchange, e);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "request failed: " + exchange.getRequestMethod() + " "
                        + exchange.getRequestURI().getRawPath(), e);
                Exchanges.error(exchange, TwinException.of(AwsErrorType.INTERNAL_SERVER,
                        "The twin failed to process the request; see its log."));
            }
        } catch (IOException e) {
            // The caller went away or the agent's stream broke after the answer had started.
            LOG.log(Level.DEBUG, "connection ended early: " + e.getMessage());
        }
    }

    private void route(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getRawPath();
        if (path.equals(LiveSession.PATH)) {
            data.liveSessions(exchange);
            return;
        }
        if (MemoryService.serves(path)) {
            memory(exchange, method, path);
            return;
        }
        if (!path.startsWith(DataPlaneContract.RUNTIMES_PREFIX)) {
            throw unknown(method, path);
        }
        boolean slash = path.endsWith("/");
        List<String> parts = List.of(path.substring(DataPlaneContract.RUNTIMES_PREFIX.length()).split("/"));
        if (parts.size() == 1 && parts.getFirst().isEmpty()) {
            parts = List.of();
        }
        Map<String, String> query = Exchanges.query(exchange);
        if (!slash && parts.size() == 4 && method.equals("GET") && path.endsWith("/"
                + DataPlaneContract.INVOKE_SEGMENT + DataPlaneContract.AGENT_CARD_SUFFIX)) {
            data.agentCard(exchange, parts.get(0));
            return;
        }
        if (!slash && parts.size() == 2) {
            switch (method + " " + parts.get(1)) {
                case "POST " + DataPlaneContract.INVOKE_SEGMENT -> data.invoke(exchange, parts.get(0));
                case "POST " + DataPlaneContract.STOP_SESSION_SEGMENT -> data.stop(exchange, parts.get(0));
                default -> throw unknown(method, path);
            }
            return;
        }
        if (!slash) {
            throw unknown(method, path);
        }
        RequestBody request = new RequestBody(exchange);
        auth.control(exchange, request);
        Answer answer = switch (parts.size()) {
            case 0 -> switch (method) {
                case "PUT" -> runtimes.create(body(request));
                case "POST" -> runtimes.list(query);
                default -> throw unknown(method, path);
            };
            case 1 -> switch (method) {
                case "GET" -> runtimes.get(id(parts), query);
                case "PUT" -> runtimes.update(id(parts), body(request));
                case "DELETE" -> runtimes.delete(id(parts));
                default -> throw unknown(method, path);
            };
            case 2 -> switch (method + " " + parts.get(1)) {
                case "POST " + ControlPlaneContract.VERSIONS_SEGMENT -> runtimes.listVersions(id(parts), query);
                case "PUT " + ControlPlaneContract.ENDPOINTS_SEGMENT -> endpoints.create(id(parts), body(request));
                case "POST " + ControlPlaneContract.ENDPOINTS_SEGMENT -> endpoints.list(id(parts), query);
                default -> throw unknown(method, path);
            };
            case 3 -> {
                if (!parts.get(1).equals(ControlPlaneContract.ENDPOINTS_SEGMENT)) {
                    throw unknown(method, path);
                }
                String name = Exchanges.decode(parts.get(2));
                yield switch (method) {
                    case "GET" -> endpoints.get(id(parts), name);
                    case "PUT" -> endpoints.update(id(parts), name, body(request));
                    case "DELETE" -> endpoints.delete(id(parts), name);
                    default -> throw unknown(method, path);
                };
            }
            default -> throw unknown(method, path);
        };
        Exchanges.json(exchange, answer.status(), answer.body());
    }

    private void memory(HttpExchange exchange, String method, String path) throws IOException {
        RequestBody request = new RequestBody(exchange);
        auth.control(exchange, request);
        MemoryResponse response = memory.handle(new MemoryRequest(method, path, Exchanges.query(exchange),
                request.bytes()));
        response.errorType().ifPresent(type -> exchange.getResponseHeaders()
                .set(DataPlaneContract.ERROR_TYPE_HEADER, type));
        Exchanges.json(exchange, response.status(), response.body());
    }

    private static String id(List<String> parts) {
        return Exchanges.decode(parts.getFirst());
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode body(RequestBody request) {
        return Json.parseBody(request.bytes());
    }

    private static TwinException unknown(String method, String path) {
        return TwinException.of(AwsErrorType.RESOURCE_NOT_FOUND, "The twin serves no operation at "
                + method + " " + path + ": see docs/twin.md for the supported AgentCore operations");
    }
}
