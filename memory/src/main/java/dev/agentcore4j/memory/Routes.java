package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The routing table of both Memory planes, on the raw path (a label such as an actor id keeps its
 * percent-encoded {@code /} until it is decoded here). The control plane and the data plane do not
 * collide: the control plane's paths end in {@code create}, {@code details}, {@code update},
 * {@code delete} or are {@code /memories/} itself; no data-plane path does, and a memory id (which
 * ends in a dash and ten characters) can never be {@code create}.
 */
final class Routes {

    static final String PREFIX = "/memories/";

    private final Memories memories;
    private final Events events;
    private final Records records;
    private final RecordBatches batches;
    private final Jobs jobs;

    Routes(Memories memories, Events events, Records records, RecordBatches batches, Jobs jobs) {
        this.memories = memories;
        this.events = events;
        this.records = records;
        this.batches = batches;
        this.jobs = jobs;
    }

    Reply route(MemoryRequest request) {
        String method = request.method();
        String path = request.rawPath();
        if (path.equals(PREFIX)) {
            return switch (method) {
                case "POST" -> memories.list(body(request));
                default -> throw unknown(request);
            };
        }
        List<String> p = List.of(path.substring(PREFIX.length()).split("/", -1));
        if (p.size() == 1) {
            if (method.equals("POST") && p.getFirst().equals("create")) {
                return memories.create(body(request));
            }
            throw unknown(request);
        }
        String id = decode(p.getFirst());
        return switch (p.size()) {
            case 2 -> switch (method + " " + p.get(1)) {
                case "GET details" -> memories.get(id);
                case "PUT update" -> memories.update(id, body(request));
                case "DELETE delete" -> memories.delete(id, request.query());
                case "POST events" -> events.create(id, body(request));
                case "POST actors" -> events.actors(id, body(request));
                case "POST retrieve" -> records.retrieve(id, body(request));
                case "POST memoryRecords" -> records.list(id, body(request));
                case "POST extractionJobs" -> jobs.list(id, body(request));
                default -> throw unknown(request);
            };
            case 3 -> switch (method + " " + p.get(1)) {
                case "GET memoryRecord" -> records.get(id, decode(p.get(2)));
                case "DELETE memoryRecords" -> records.delete(id, decode(p.get(2)));
                case "POST memoryRecords" -> switch (p.get(2)) {
                    case "batchCreate" -> batches.create(id, body(request));
                    case "batchUpdate" -> batches.update(id, body(request));
                    case "batchDelete" -> batches.delete(id, body(request));
                    default -> throw unknown(request);
                };
                case "POST extractionJobs" -> p.get(2).equals("start") ? jobs.start(id, body(request))
                        : throwUnknown(request);
                default -> throw unknown(request);
            };
            case 4 -> p.get(1).equals("actor") && p.get(3).equals("sessions") && method.equals("POST")
                    ? events.sessions(id, decode(p.get(2)), body(request)) : throwUnknown(request);
            case 5 -> p.get(1).equals("actor") && p.get(3).equals("sessions") && method.equals("POST")
                    ? events.list(id, decode(p.get(2)), decode(p.get(4)), body(request)) : throwUnknown(request);
            case 7 -> {
                if (!p.get(1).equals("actor") || !p.get(3).equals("sessions") || !p.get(5).equals("events")) {
                    throw unknown(request);
                }
                String actor = decode(p.get(2));
                String session = decode(p.get(4));
                String event = decode(p.get(6));
                yield switch (method) {
                    case "GET" -> events.get(id, actor, session, event);
                    case "DELETE" -> events.delete(id, actor, session, event);
                    default -> throw unknown(request);
                };
            }
            default -> throw unknown(request);
        };
    }

    private static ObjectNode body(MemoryRequest request) {
        return Json.parseBody(request.body());
    }

    /** A path label, percent-decoded ({@code +} stays a plus, as in AWS's URI encoding). */
    static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw MemoryException.validation("path", "Value '" + raw + "' is not correctly percent-encoded");
        }
    }

    private static Reply throwUnknown(MemoryRequest request) {
        throw unknown(request);
    }

    private static MemoryException unknown(MemoryRequest r) {
        return MemoryException.notFound("The twin serves no Memory operation at " + r.method() + " " + r.rawPath()
                + ": see docs/memory.md for the supported AgentCore Memory operations");
    }
}
