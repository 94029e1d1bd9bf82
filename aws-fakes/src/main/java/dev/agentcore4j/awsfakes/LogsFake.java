package dev.agentcore4j.awsfakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Amazon CloudWatch Logs ({@code Logs_20140328}, awsJson1_1) over events a test seeds with
 * {@link #append}: {@code DescribeLogStreams} and {@code FilterLogEvents} (time range, stream names or
 * prefix, paging with {@code limit}/{@code nextToken}). A missing group is
 * {@code ResourceNotFoundException: The specified log group does not exist.}; a
 * {@code filterPattern} matches an event holding every one of its terms (quotes stripped), which is
 * how CloudWatch treats plain terms.
 */
public final class LogsFake implements AutoCloseable {

    private record Event(String stream, long timestamp, String message, long ingestion, String id) {
    }

    private final String account;
    private final String region;
    private final Map<String, Map<String, List<Event>>> groups = new LinkedHashMap<>();
    private final FakeServer server;
    private long sequence;

    private LogsFake(String account, String region, CallLog log) {
        this.account = account;
        this.region = region;
        this.server = FakeServer.start(new Handler(log));
    }

    static LogsFake start(String account, String region, CallLog log) {
        return new LogsFake(account, region, log);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** Adds one event (creating the group and stream), as the service would after PutLogEvents. */
    public synchronized void append(String group, String stream, Instant timestamp, String message) {
        groups.computeIfAbsent(group, g -> new TreeMap<>()).computeIfAbsent(stream, s -> new ArrayList<>())
                .add(new Event(stream, timestamp.toEpochMilli(), message, timestamp.toEpochMilli() + 5,
                        String.format("%056d", ++sequence)));
    }

    @Override
    public void close() {
        server.close();
    }

    private final class Handler extends AwsJsonService {

        Handler(CallLog log) {
            super("logs", "Logs_20140328", log);
        }

        @Override
        JsonNode operation(String operation, JsonNode request) {
            synchronized (LogsFake.this) {
                return switch (operation) {
                    case "DescribeLogStreams" -> streams(request);
                    case "FilterLogEvents" -> filter(request);
                    default -> throw new AwsError("UnknownOperationException", 400, "the Logs fake does not serve " + operation);
                };
            }
        }

        private Map<String, List<Event>> group(JsonNode request) {
            String name = request.path("logGroupName").asText(request.path("logGroupIdentifier").asText(""));
            if (name.isEmpty()) {
                throw new AwsError("InvalidParameterException", 400, "Either logGroupName or logGroupIdentifier must be given");
            }
            Map<String, List<Event>> group = groups.get(name);
            if (group == null) {
                throw new AwsError("ResourceNotFoundException", 400, "The specified log group does not exist.");
            }
            return group;
        }

        private JsonNode streams(JsonNode request) {
            String groupName = request.path("logGroupName").asText("");
            List<Map.Entry<String, List<Event>>> streams = new ArrayList<>(group(request).entrySet());
            String prefix = request.path("logStreamNamePrefix").asText("");
            streams.removeIf(e -> !e.getKey().startsWith(prefix));
            Comparator<Map.Entry<String, List<Event>>> order = "LastEventTime".equals(request.path("orderBy").asText())
                    ? Comparator.comparingLong(e -> e.getValue().getLast().timestamp()) : Map.Entry.comparingByKey();
            streams.sort(request.path("descending").asBoolean(false) ? order.reversed() : order);
            ObjectNode out = JSON.createObjectNode();
            ArrayNode list = out.putArray("logStreams");
            Page page = Page.of(request, streams.size(), 50);
            for (var stream : streams.subList(page.from(), page.to())) {
                List<Event> events = stream.getValue();
                list.addObject().put("logStreamName", stream.getKey())
                        .put("creationTime", events.getFirst().timestamp())
                        .put("firstEventTimestamp", events.getFirst().timestamp())
                        .put("lastEventTimestamp", events.getLast().timestamp())
                        .put("lastIngestionTime", events.getLast().ingestion())
                        .put("arn", "arn:aws:logs:" + region + ":" + account + ":log-group:" + groupName
                                + ":log-stream:" + stream.getKey())
                        .put("storedBytes", 0);
            }
            page.next().ifPresent(token -> out.put("nextToken", token));
            return out;
        }

        private JsonNode filter(JsonNode request) {
            Map<String, List<Event>> group = group(request);
            Set<String> names = new HashSet<>();
            request.path("logStreamNames").forEach(n -> names.add(n.asText()));
            String prefix = request.path("logStreamNamePrefix").asText("");
            long start = request.path("startTime").asLong(Long.MIN_VALUE);
            long end = request.path("endTime").asLong(Long.MAX_VALUE);
            List<String> terms = Arrays.stream(request.path("filterPattern").asText("").split("\\s+"))
                    .map(t -> t.replace("\"", "")).filter(t -> !t.isEmpty()).toList();
            List<Event> matching = new ArrayList<>();
            ObjectNode out = JSON.createObjectNode();
            ArrayNode searched = JSON.createArrayNode();
            group.forEach((stream, events) -> {
                if ((names.isEmpty() || names.contains(stream)) && stream.startsWith(prefix)) {
                    searched.addObject().put("logStreamName", stream).put("searchedCompletely", true);
                    events.stream().filter(e -> e.timestamp() >= start && e.timestamp() < end)
                            .filter(e -> terms.stream().allMatch(e.message()::contains)).forEach(matching::add);
                }
            });
            matching.sort(Comparator.comparingLong(Event::timestamp).thenComparing(Event::id));
            ArrayNode list = out.putArray("events");
            Page page = Page.of(request, matching.size(), 10_000);
            for (Event e : matching.subList(page.from(), page.to())) {
                list.addObject().put("logStreamName", e.stream()).put("timestamp", e.timestamp())
                        .put("message", e.message()).put("ingestionTime", e.ingestion()).put("eventId", e.id());
            }
            out.set("searchedLogStreams", searched);
            page.next().ifPresent(token -> out.put("nextToken", token));
            return out;
        }
    }

    /** Offset paging: {@code nextToken} is the index of the next item. */
    private record Page(int from, int to, int size) {

        static Page of(JsonNode request, int size, int defaultLimit) {
            int from = request.hasNonNull("nextToken") ? Integer.parseInt(request.get("nextToken").asText()) : 0;
            int limit = request.path("limit").asInt(defaultLimit);
            return new Page(Math.min(from, size), Math.min(size, from + limit), size);
        }

        java.util.Optional<String> next() {
            return to < size ? java.util.Optional.of(Integer.toString(to)) : java.util.Optional.empty();
        }
    }
}
