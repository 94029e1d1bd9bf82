package dev.agentcore4j.emulator;

import dev.agentcore4j.memory.MemorySettings;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import software.amazon.awssdk.services.bedrockagentcore.model.Conversational;
import software.amazon.awssdk.services.bedrockagentcore.model.CreateEventResponse;
import software.amazon.awssdk.services.bedrockagentcore.model.PayloadType;
import software.amazon.awssdk.services.bedrockagentcore.model.Role;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateMemoryRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.MemoryStatus;

/**
 * A twin on port 0 whose Memory settles statuses in 50 ms and extracts 150 ms after a session's
 * last event, and the helpers the Memory tests share.
 */
final class MemoryFixture implements AutoCloseable {

    static final Duration STATUS_DELAY = Duration.ofMillis(50);
    static final Duration EXTRACTION_DELAY = Duration.ofMillis(150);

    final TwinFixture twin;
    private final java.util.Optional<TestPostgres> postgres;

    MemoryFixture() {
        this(b -> b);
    }

    MemoryFixture(UnaryOperator<MemorySettings.Builder> memory) {
        this(memory, false);
    }

    /** @param onPostgres the store on a fresh PostgreSQL schema instead of the embedded file */
    MemoryFixture(UnaryOperator<MemorySettings.Builder> memory, boolean onPostgres) {
        this.postgres = onPostgres ? java.util.Optional.of(TestPostgres.create()) : java.util.Optional.empty();
        MemorySettings.Builder settings = MemorySettings.builder().statusDelay(STATUS_DELAY)
                .extractionDelay(EXTRACTION_DELAY);
        postgres.ifPresent(pg -> settings.database(pg.database()));
        this.twin = new TwinFixture(b -> b.memory(memory.apply(settings).build()));
    }

    /** Creates a memory and waits until it is ACTIVE; returns its id. */
    String activeMemory(UnaryOperator<CreateMemoryRequest.Builder> request) {
        String id = twin.control.createMemory(b -> request.apply(b.eventExpiryDuration(30))).memory().id();
        awaitStatus(id, MemoryStatus.ACTIVE);
        return id;
    }

    void awaitStatus(String memoryId, MemoryStatus status) {
        await(() -> twin.control.getMemory(b -> b.memoryId(memoryId)).memory().status() == status,
                "memory " + memoryId + " to become " + status);
    }

    CreateEventResponse say(String memoryId, String actorId, String sessionId, Role role, String text) {
        return twin.data.createEvent(b -> b.memoryId(memoryId).actorId(actorId).sessionId(sessionId)
                .eventTimestamp(Instant.now()).payload(message(role, text)));
    }

    static PayloadType message(Role role, String text) {
        return PayloadType.builder().conversational(Conversational.builder().role(role)
                .content(c -> c.text(text)).build()).build();
    }

    static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            TwinFixture.sleep(20);
        }
    }

    @Override
    public void close() {
        twin.close();
        postgres.ifPresent(TestPostgres::close);
    }
}
