package dev.agentcore4j.memory;

import dev.agentcore4j.memory.extract.Embedder;
import dev.agentcore4j.memory.extract.Extractor;
import dev.agentcore4j.model.offline.OfflineModel;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How the twin's Memory runs. Build with {@link #builder()}; every value has a default.
 *
 * <pre>{@code
 * MemorySettings settings = MemorySettings.builder()
 *         .database(MemoryDatabase.parse("jdbc:postgresql://127.0.0.1:5432/ac4j?user=ac4j"))
 *         .extractionDelay(Duration.ofMillis(200))
 *         .build();
 * }</pre>
 *
 * @param database the embedded file (default) or PostgreSQL
 * @param extractionDelay how long after a session's last event its long-term extraction runs (debounce)
 * @param extractionMaxWait how long a busy session's extraction may be put off at most
 * @param statusDelay how long CREATING and DELETING last (memories and strategies), on {@code clock}
 * @param maxMemories memories per account before ServiceQuotaExceededException
 * @param requestsPerSecond data-plane calls per memory per second before ThrottledException
 * @param clock the service's clock: timestamps, status transitions, event expiry
 * @param extractor what the strategies extract with; by default the offline model, deterministically
 * @param embedder what turns record texts and queries into vectors; by default MiniLM, in process
 */
public record MemorySettings(MemoryDatabase database, Duration extractionDelay, Duration extractionMaxWait,
        Duration statusDelay, int maxMemories, int requestsPerSecond, Clock clock, Extractor extractor,
        Embedder embedder) {

    public MemorySettings {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(embedder, "embedder");
        for (Duration d : new Duration[] {extractionDelay, extractionMaxWait, statusDelay}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("memory durations must not be negative, got " + d);
            }
        }
        if (maxMemories < 1 || requestsPerSecond < 1) {
            throw new IllegalArgumentException("maxMemories and requestsPerSecond must be at least 1, got "
                    + maxMemories + " and " + requestsPerSecond);
        }
    }

    /** These settings with another database. */
    public MemorySettings withDatabase(MemoryDatabase database) {
        return new MemorySettings(database, extractionDelay, extractionMaxWait, statusDelay, maxMemories,
                requestsPerSecond, clock, extractor, embedder);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: embedded store, extraction 2 s after a session's last event, statuses settle in 1 s. */
    public static MemorySettings defaults() {
        return builder().build();
    }

    /** Collects the settings; {@link #build()} checks them. */
    public static final class Builder {
        private MemoryDatabase database = MemoryDatabase.embedded();
        private Duration extractionDelay = Duration.ofSeconds(2);
        private Duration extractionMaxWait = Duration.ofSeconds(30);
        private Duration statusDelay = Duration.ofSeconds(1);
        private int maxMemories = 150;
        private int requestsPerSecond = 10_000;
        private Clock clock = Clock.systemUTC();
        private Extractor extractor;
        private Embedder embedder = Embedder.miniLm();

        private Builder() {
        }

        public Builder database(MemoryDatabase database) {
            this.database = Objects.requireNonNull(database, "database");
            return this;
        }

        public Builder extractionDelay(Duration extractionDelay) {
            this.extractionDelay = Objects.requireNonNull(extractionDelay, "extractionDelay");
            return this;
        }

        public Builder extractionMaxWait(Duration extractionMaxWait) {
            this.extractionMaxWait = Objects.requireNonNull(extractionMaxWait, "extractionMaxWait");
            return this;
        }

        public Builder statusDelay(Duration statusDelay) {
            this.statusDelay = Objects.requireNonNull(statusDelay, "statusDelay");
            return this;
        }

        public Builder maxMemories(int maxMemories) {
            this.maxMemories = maxMemories;
            return this;
        }

        public Builder requestsPerSecond(int requestsPerSecond) {
            this.requestsPerSecond = requestsPerSecond;
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Extraction with another model, e.g. {@code Extractor.using(bedrockModel)}. */
        public Builder extractor(Extractor extractor) {
            this.extractor = Objects.requireNonNull(extractor, "extractor");
            return this;
        }

        public Builder embedder(Embedder embedder) {
            this.embedder = Objects.requireNonNull(embedder, "embedder");
            return this;
        }

        public MemorySettings build() {
            return new MemorySettings(database, extractionDelay, extractionMaxWait, statusDelay, maxMemories,
                    requestsPerSecond, clock, extractor != null ? extractor : Offline::extract, embedder);
        }
    }

    /** The offline model's extractor, created on first use (settings are built far more often than used). */
    private static final class Offline {
        private static final Extractor EXTRACTOR = Extractor.using(new OfflineModel());

        static java.util.List<String> extract(dev.agentcore4j.memory.extract.StrategyKind kind,
                java.util.List<dev.agentcore4j.memory.extract.Utterance> conversation, java.util.List<String> existing) {
            return EXTRACTOR.extract(kind, conversation, existing);
        }
    }
}
