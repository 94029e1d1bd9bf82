package dev.agentcore4j.memory;

import java.nio.file.Path;

/**
 * The twin of AWS Bedrock AgentCore Memory: the control plane (memories and their strategies) and
 * the data plane (short-term events, long-term records, extraction jobs), as a library a server
 * mounts. It answers {@link MemoryRequest}s with {@link MemoryResponse}s shaped as AWS answers them
 * (status codes, JSON bodies, exception shapes); the server maps them to HTTP.
 *
 * <pre>{@code
 * try (MemoryService memory = MemoryService.start("us-east-1", "123456789012", dataDir, MemorySettings.defaults())) {
 *     MemoryResponse created = memory.handle(new MemoryRequest("POST", "/memories/create", Map.of(),
 *             "{\"name\":\"demo\",\"eventExpiryDuration\":30}".getBytes(UTF_8)));
 * }
 * }</pre>
 */
public interface MemoryService extends AutoCloseable {

    /**
     * Opens the store ({@code memory.db} in {@code dataDir}, or PostgreSQL), loads the records'
     * vectors into memory, resumes pending status transitions and extractions, and serves.
     *
     * @throws IllegalStateException naming the fix when the database cannot be opened
     */
    static MemoryService start(String region, String account, Path dataDir, MemorySettings settings) {
        return LocalMemoryService.start(region, account, dataDir, settings);
    }

    /** Whether a request path belongs to AgentCore Memory ({@code /memories/...}). */
    static boolean serves(String rawPath) {
        return rawPath.startsWith(Routes.PREFIX);
    }

    /** Answers one request; never throws for a bad request (errors are responses). */
    MemoryResponse handle(MemoryRequest request);

    /** Stops the background work and closes the store. */
    @Override
    void close();
}
