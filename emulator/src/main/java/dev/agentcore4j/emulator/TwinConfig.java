package dev.agentcore4j.emulator;

import dev.agentcore4j.memory.MemoryDatabase;
import dev.agentcore4j.memory.MemorySettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the twin runs. Build with {@link #builder()}; every value has a default.
 *
 * @param port loopback port for the control plane and the data plane (0: any free port)
 * @param dataDir where the registry ({@code twin.db}), the image index file ({@code images.json})
 *     and the session logs live
 * @param region the region in ARNs and in the agents' {@code AWS_REGION}
 * @param account the account id in ARNs
 * @param images container URI → what to run; the bundled agent is pre-registered as
 *     {@link #BUNDLED_AGENT_URI}
 * @param lifecycleSecond how long one second of a runtime's lifecycle configuration lasts: 1 s, or
 *     less in tests so that an idle timeout of 60 "seconds" passes in 600 ms
 * @param reapInterval how often sessions are checked for idleness, lifetime and death
 * @param startTimeout how long a new session's agent has to answer {@code /ping} (AWS: 60 s)
 * @param invocationTimeout how long a synchronous (non-SSE) invocation may take, first byte to last (AWS: 15 min)
 * @param streamingTimeout how long a streamed ({@code text/event-stream}) answer may last (AWS: 60 min)
 * @param credentials when present, every request must be SigV4-signed with these (runtimes with a
 *     {@code customJWTAuthorizer} take bearer tokens instead); absent: signatures are not checked
 * @param corsOrigins origins browsers may call from; {@code *} as the port (or the whole origin)
 *     matches any
 * @param invocationsPerSecond data-plane calls per runtime per second before ThrottlingException (AWS: 200)
 * @param maxSessions active sessions before ServiceQuotaExceededException (AWS: 5,000 per account)
 * @param roleValidationFailures a test knob for IAM propagation: how many CreateAgentRuntime /
 *     UpdateAgentRuntime calls naming a role ARN the twin has not accepted yet fail with AgentCore's
 *     {@code ValidationException} "Role validation failed for '<role ARN>'" before it is accepted
 *     (0, the default: never), so that deploy tools' retries run against the real error
 * @param memory AgentCore Memory on the same port: its database (the embedded {@code memory.db} in
 *     {@code dataDir} by default, or PostgreSQL), extraction timing and model (see docs/memory.md)
 */
public record TwinConfig(int port, Path dataDir, String region, String account, Map<String, AgentImage> images,
        Duration lifecycleSecond, Duration reapInterval, Duration startTimeout, Duration invocationTimeout,
        Duration streamingTimeout, Optional<Credentials> credentials, List<String> corsOrigins,
        int invocationsPerSecond, int maxSessions, int roleValidationFailures, MemorySettings memory) {

    /** The default browser origins: any port on the loopback names. */
    public static final List<String> LOOPBACK_ORIGINS = List.of("http://127.0.0.1:*", "http://localhost:*");

    /** The container URI of the bundled agent ({@code ./ac4j agent}). */
    public static final String BUNDLED_AGENT_URI = "public.ecr.aws/agentcore4j/agent:latest";

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

    public TwinConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        images = Map.copyOf(images);
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(memory, "memory");
        corsOrigins = List.copyOf(corsOrigins);
        if (invocationsPerSecond < 1 || maxSessions < 1) {
            throw new IllegalArgumentException("invocationsPerSecond and maxSessions must be at least 1, got "
                    + invocationsPerSecond + " and " + maxSessions);
        }
        if (roleValidationFailures < 0) {
            throw new IllegalArgumentException("roleValidationFailures must be 0 or more, got " + roleValidationFailures);
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region must look like us-east-1, got '" + region + "'");
        }
        if (!ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("account must be 12 digits, got '" + account + "'");
        }
        for (Duration d : new Duration[] {lifecycleSecond, reapInterval, startTimeout, invocationTimeout,
                streamingTimeout}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive, got " + d);
            }
        }
    }

    /**
     * The local access key the twin accepts when it verifies SigV4.
     *
     * @param accessKeyId the key id clients sign with (the {@code Credential=} of their header)
     * @param secretAccessKey its secret; never printed
     */
    public record Credentials(String accessKeyId, String secretAccessKey) {
        public Credentials {
            if (accessKeyId == null || accessKeyId.isBlank() || secretAccessKey == null || secretAccessKey.isEmpty()) {
                throw new IllegalArgumentException("SigV4 credentials need an access key id and a secret access key");
            }
        }

        @Override
        public String toString() {
            return "Credentials[accessKeyId=" + accessKeyId + ", secretAccessKey=<hidden>]";
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects the settings; {@link #build()} checks them. */
    public static final class Builder {
        private int port = 8790;
        private Path dataDir = Path.of(System.getProperty("user.home"), ".agentcore4j", "twin");
        private String region = "us-east-1";
        private String account = "123456789012";
        private final Map<String, AgentImage> images = new LinkedHashMap<>(Map.of(BUNDLED_AGENT_URI,
                AgentImage.bundledAgent(Path.of("cli", "target", "lib", "agentcore4j-cli.jar"))));
        private Duration lifecycleSecond = Duration.ofSeconds(1);
        private Duration reapInterval = Duration.ofSeconds(1);
        private Duration startTimeout = Duration.ofSeconds(60);
        private Duration invocationTimeout = Duration.ofMinutes(15);
        private Duration streamingTimeout = Duration.ofMinutes(60);
        private Optional<Credentials> credentials = Optional.empty();
        private List<String> corsOrigins = LOOPBACK_ORIGINS;
        private int invocationsPerSecond = 200;
        private int maxSessions = 5_000;
        private int roleValidationFailures;
        private MemorySettings memory = MemorySettings.defaults();

        private Builder() {
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        public Builder account(String account) {
            this.account = Objects.requireNonNull(account, "account");
            return this;
        }

        /** Registers (or replaces) what runs for a container URI. */
        public Builder image(String containerUri, AgentImage image) {
            images.put(Objects.requireNonNull(containerUri, "containerUri"), Objects.requireNonNull(image, "image"));
            return this;
        }

        public Builder lifecycleSecond(Duration lifecycleSecond) {
            this.lifecycleSecond = Objects.requireNonNull(lifecycleSecond, "lifecycleSecond");
            return this;
        }

        public Builder reapInterval(Duration reapInterval) {
            this.reapInterval = Objects.requireNonNull(reapInterval, "reapInterval");
            return this;
        }

        public Builder startTimeout(Duration startTimeout) {
            this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout");
            return this;
        }

        public Builder invocationTimeout(Duration invocationTimeout) {
            this.invocationTimeout = Objects.requireNonNull(invocationTimeout, "invocationTimeout");
            return this;
        }

        public Builder streamingTimeout(Duration streamingTimeout) {
            this.streamingTimeout = Objects.requireNonNull(streamingTimeout, "streamingTimeout");
            return this;
        }

        /** Turns SigV4 verification on: requests must be signed with this key pair. */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            this.credentials = Optional.of(new Credentials(accessKeyId, secretAccessKey));
            return this;
        }

        /** Replaces the allowed browser origins, e.g. {@code "http://localhost:5173"} or {@code "http://127.0.0.1:*"}. */
        public Builder corsOrigins(List<String> corsOrigins) {
            this.corsOrigins = List.copyOf(corsOrigins);
            return this;
        }

        public Builder invocationsPerSecond(int invocationsPerSecond) {
            this.invocationsPerSecond = invocationsPerSecond;
            return this;
        }

        public Builder maxSessions(int maxSessions) {
            this.maxSessions = maxSessions;
            return this;
        }

        /** AgentCore Memory's settings: database, extraction delay and model, status timing. */
        public Builder memory(MemorySettings memory) {
            this.memory = Objects.requireNonNull(memory, "memory");
            return this;
        }

        /**
         * Applies the settings the environment gives at the edge (a process entry point such as
         * {@code ./ac4j up}): {@code AC4J_MEMORY_DB} = {@code embedded} or a {@code jdbc:postgresql:} URL.
         *
         * @throws IllegalArgumentException naming the variable when a value is not accepted
         */
        public Builder environment(Map<String, String> env) {
            String db = env.get("AC4J_MEMORY_DB");
            if (db != null) {
                try {
                    this.memory = memory.withDatabase(MemoryDatabase.parse(db));
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("AC4J_MEMORY_DB: " + e.getMessage(), e);
                }
            }
            return this;
        }

        /**
         * Test knob: refuse the first {@code failures} create/update calls per new role ARN with
         * "Role validation failed", as AgentCore does while IAM propagates a fresh role.
         */
        public Builder roleValidationFailures(int failures) {
            this.roleValidationFailures = failures;
            return this;
        }

        public TwinConfig build() {
            return new TwinConfig(port, dataDir, region, account, images, lifecycleSecond, reapInterval,
                    startTimeout, invocationTimeout, streamingTimeout, credentials, corsOrigins,
                    invocationsPerSecond, maxSessions, roleValidationFailures, memory);
        }
    }
}
