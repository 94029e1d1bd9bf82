package dev.agentcore4j.memory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;

/**
 * ListMemoryExtractionJobs (the extractions that failed and can be started again) and
 * StartMemoryExtractionJob (run one again; it leaves the list when it succeeds).
 */
final class Jobs {

    private final MemoryStore store;
    private final Memories memories;
    private final Throttle throttle;
    private final Extraction extraction;

    Jobs(MemoryStore store, Memories memories, Throttle throttle, Extraction extraction) {
        this.store = store;
        this.memories = memories;
        this.throttle = throttle;
        this.extraction = extraction;
    }

    /** {@code POST /memories/{memoryId}/extractionJobs/start}. */
    Reply start(String memoryId, ObjectNode body) {
        memories.active(memoryId);
        Checks checks = new Checks();
        Optional<String> clientToken = checks.optional(body, "clientToken", "clientToken");
        Optional<String> jobId = checks.object(body, "extractionJob", "extractionJob", true)
                .flatMap(j -> checks.required(j, "jobId", "extractionJob.jobId"));
        checks.check();
        throttle.take(memoryId);
        String hash = Hashes.withoutClientToken(body);
        if (clientToken.isPresent()) {
            Optional<MemoryStore.Remembered> earlier = store.remembered(memoryId, "StartMemoryExtractionJob",
                    clientToken.get());
            if (earlier.isPresent()) {
                if (!earlier.get().requestHash().equals(hash)) {
                    throw MemoryException.idempotencyMismatch("StartMemoryExtractionJob");
                }
                return Reply.ok(Json.parseStored(earlier.get().response()));
            }
        }
        ExtractionJob job = store.job(memoryId, jobId.orElseThrow()).orElseThrow(() -> MemoryException.notFound(
                "Extraction job " + jobId.get() + " does not exist in memory " + memoryId
                        + ": ListMemoryExtractionJobs lists the jobs that can be started"));
        ObjectNode out = Json.object().put("jobId", job.jobId());
        clientToken.ifPresent(t -> store.remember(memoryId, "StartMemoryExtractionJob", t,
                new MemoryStore.Remembered(hash, Json.write(out))));
        extraction.retry(job);
        return Reply.ok(out);
    }

    /** {@code POST /memories/{memoryId}/extractionJobs}: oldest first, filtered. */
    Reply list(String memoryId, ObjectNode body) {
        memories.active(memoryId);
        Checks checks = new Checks();
        Optional<JsonNode> filter = checks.object(body, "filter", "filter", false);
        Optional<String> strategyId = filter.flatMap(f -> checks.optional(f, "strategyId", "filter.strategyId"));
        Optional<String> sessionId = filter.flatMap(f -> checks.optional(f, "sessionId", "filter.sessionId"));
        Optional<String> actorId = filter.flatMap(f -> checks.optional(f, "actorId", "filter.actorId"));
        Optional<String> status = filter.flatMap(f -> checks.optional(f, "status", "filter.status"));
        status.ifPresent(s -> checks.oneOf("filter.status", s, List.of("FAILED")));
        Paging paging = Paging.of(checks, body, "ListMemoryExtractionJobs", Constraints.JOBS_MAX_RESULTS_MAX,
                Constraints.JOBS_MAX_RESULTS_DEFAULT);
        checks.check();
        throttle.take(memoryId);
        List<ExtractionJob> jobs = store.jobs(memoryId).stream()
                .filter(j -> strategyId.isEmpty() || strategyId.get().equals(j.strategyId()))
                .filter(j -> sessionId.isEmpty() || sessionId.get().equals(j.sessionId()))
                .filter(j -> actorId.isEmpty() || actorId.get().equals(j.actorId()))
                .toList();
        Paging.Page<ExtractionJob> page = paging.page(jobs);
        ObjectNode out = Json.object();
        ArrayNode list = out.putArray("jobs");
        for (ExtractionJob job : page.items()) {
            ObjectNode item = list.addObject().put("jobID", job.jobId());
            ArrayNode messages = item.putObject("messages").putArray("messagesList");
            job.messages().forEach(m -> messages.addObject().put("eventId", m.eventId())
                    .put("messageIndex", m.messageIndex()));
            item.put("status", "FAILED").put("failureReason", job.failureReason()).put("strategyId", job.strategyId())
                    .put("sessionId", job.sessionId()).put("actorId", job.actorId());
        }
        page.nextToken().ifPresent(t -> out.put("nextToken", t));
        return Reply.ok(out);
    }
}
