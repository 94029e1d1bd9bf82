package dev.agentcore4j.emulator;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
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
 * @param invocationTimeout how long an agent has to start answering an invocation (AWS: 15 min)
 */
public record TwinConfig(int port, Path dataDir, String region, String account, Map<String, AgentImage> images,
        Duration lifecycleSecond, Duration reapInterval, Duration startTimeout, Duration invocationTimeout) {

    /** The container URI of the bundled agent ({@code ./ac4j agent}). */
    public static final String BUNDLED_AGENT_URI = "public.ecr.aws/agentcore4j/agent:latest";

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]");
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");

    public TwinConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        images = Map.copyOf(images);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (!REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region must look like us-east-1, got '" + region + "'");
        }
        if (!ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("account must be 12 digits, got '" + account + "'");
        }
        for (Duration d : new Duration[] {lifecycleSecond, reapInterval, startTimeout, invocationTimeout}) {
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("durations must be positive, got " + d);
            }
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

        public TwinConfig build() {
            return new TwinConfig(port, dataDir, region, account, images, lifecycleSecond, reapInterval,
                    startTimeout, invocationTimeout);
        }
    }
}
