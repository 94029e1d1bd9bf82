package dev.agentcore4j.backend;

import dev.agentcore4j.container.Engine;
import dev.agentcore4j.container.Models;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How the backend runs. Build with {@link #builder()} or read the environment once with
 * {@link #fromEnvironment}; the mode is chosen in the seed's order when not given: {@code mock} if
 * asked for, {@code agentcore} when a runtime ARN is set, {@code direct} otherwise.
 *
 * <pre>{@code
 * BackendConfig config = BackendConfig.builder().dataDir(Path.of("data"))
 *         .endpoint("http://127.0.0.1:8790").runtimeArn(arn).build();   // agentcore mode, through the twin
 * }</pre>
 *
 * @param dataDir     where {@code backend.db} (the session log, benchmark runs, settings) and the
 *                    tools' data live
 * @param mode        how messages reach an agent
 * @param endpoint    the AgentCore endpoint: a loopback URL (the twin) or {@code aws}
 * @param runtimeArn  the runtime messages go to in agentcore mode, and that the browser calls
 * @param region      the AWS region of the SDK clients (the ARN's when there is one)
 * @param qualifier   the runtime endpoint or version invoked ({@code DEFAULT})
 * @param engine      the engine new sessions run on
 * @param provider    the model of direct mode, compare and benchmarks until the settings name another
 * @param environment where provider settings come from (API keys, base URLs; see docs/models.md)
 */
public record BackendConfig(Path dataDir, Mode mode, String endpoint, Optional<String> runtimeArn, String region,
                            String qualifier, Engine engine, String provider, Map<String, String> environment) {

    private static final Pattern QUALIFIER = Pattern.compile("[a-zA-Z0-9_]{1,101}");

    public BackendConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(mode, "mode");
        endpoint = Addresses.endpoint(endpoint);
        runtimeArn = runtimeArn.map(Addresses::runtimeArn);
        region = Addresses.region(region);
        if (!QUALIFIER.matcher(qualifier).matches()) {
            throw new IllegalArgumentException("qualifier '" + qualifier + "' must be DEFAULT, an endpoint name or a version");
        }
        Objects.requireNonNull(engine, "engine");
        if (!Models.names().contains(provider)) {
            throw new IllegalArgumentException("unknown model '" + provider + "': use one of " + String.join(", ", Models.names()));
        }
        environment = Map.copyOf(environment);
        if (mode == Mode.AGENTCORE && runtimeArn.isEmpty()) {
            throw new IllegalArgumentException("agentcore mode needs a runtime ARN: set AGENT_RUNTIME_ARN "
                    + "(./ac4j up prints the demo agent's), or choose mode mock or direct");
        }
        if (runtimeArn.isPresent() && !Addresses.regionOf(runtimeArn.get()).equals(region)) {
            throw new IllegalArgumentException("region " + region + " differs from the runtime ARN's region "
                    + Addresses.regionOf(runtimeArn.get()) + ": leave the region out or make them agree");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Reads {@code AC4J_DATA_DIR} (default {@code ~/.ac4j/data}), {@code AC4J_BACKEND_MODE}
     * ({@code mock}, {@code agentcore}, {@code direct}), {@code AGENT_RUNTIME_ARN},
     * {@code AGENT_RUNTIME_ENDPOINT} (else {@code AWS_ENDPOINT_URL_BEDROCK_AGENTCORE}; default the
     * local twin, {@code aws} for AWS), {@code AGENT_RUNTIME_QUALIFIER}, {@code AWS_REGION} (else
     * {@code AWS_DEFAULT_REGION}; the ARN's region wins), {@code AC4J_ENGINE} and {@code AC4J_MODEL}.
     *
     * @throws IllegalArgumentException naming the variable and the fix when a value is wrong
     */
    public static BackendConfig fromEnvironment(Map<String, String> env) {
        Builder b = builder().environment(env);
        set(env, "AC4J_DATA_DIR", v -> b.dataDir(Path.of(v)));
        set(env, "AC4J_BACKEND_MODE", v -> b.mode(Mode.parse(v)));
        set(env, "AGENT_RUNTIME_ARN", b::runtimeArn);
        String endpointVar = present(env, "AGENT_RUNTIME_ENDPOINT") ? "AGENT_RUNTIME_ENDPOINT"
                : "AWS_ENDPOINT_URL_BEDROCK_AGENTCORE";
        set(env, endpointVar, b::endpoint);
        set(env, "AGENT_RUNTIME_QUALIFIER", b::qualifier);
        if (!present(env, "AGENT_RUNTIME_ARN")) {
            set(env, present(env, "AWS_REGION") ? "AWS_REGION" : "AWS_DEFAULT_REGION", b::region);
        }
        set(env, "AC4J_ENGINE", v -> b.engine(Engine.parse(v)));
        set(env, "AC4J_MODEL", v -> b.provider(v.strip().toLowerCase(Locale.ROOT)));
        try {
            return b.build();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("backend configuration: " + e.getMessage(), e);
        }
    }

    private static boolean present(Map<String, String> env, String name) {
        return env.get(name) != null && !env.get(name).isBlank();
    }

    private static void set(Map<String, String> env, String name, java.util.function.Consumer<String> setter) {
        if (present(env, name)) {
            try {
                setter.accept(env.get(name).strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + ": " + e.getMessage(), e);
            }
        }
    }

    /** Builds a {@link BackendConfig}; every value has a default. */
    public static final class Builder {
        private Path dataDir = Path.of(System.getProperty("user.home"), ".ac4j", "data");
        private Optional<Mode> mode = Optional.empty();
        private String endpoint = Addresses.LOCAL_TWIN;
        private Optional<String> runtimeArn = Optional.empty();
        private Optional<String> region = Optional.empty();
        private String qualifier = "DEFAULT";
        private Engine engine = Engine.STRANDS;
        private String provider = Models.DEFAULT;
        private Map<String, String> environment = Map.of();

        private Builder() {
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = Objects.requireNonNull(dataDir, "dataDir");
            return this;
        }

        /** Forces a mode instead of the seed's order. */
        public Builder mode(Mode mode) {
            this.mode = Optional.of(mode);
            return this;
        }

        /** A loopback URL such as the twin's {@code http://127.0.0.1:8790}, or {@code aws}. */
        public Builder endpoint(String endpoint) {
            this.endpoint = Addresses.endpoint(endpoint);
            return this;
        }

        public Builder endpoint(java.net.URI endpoint) {
            return endpoint(endpoint.toString());
        }

        public Builder runtimeArn(String runtimeArn) {
            this.runtimeArn = Optional.of(Addresses.runtimeArn(runtimeArn));
            return this;
        }

        public Builder region(String region) {
            this.region = Optional.of(Addresses.region(region));
            return this;
        }

        public Builder qualifier(String qualifier) {
            this.qualifier = Objects.requireNonNull(qualifier, "qualifier");
            return this;
        }

        public Builder engine(Engine engine) {
            this.engine = Objects.requireNonNull(engine, "engine");
            return this;
        }

        /** {@code offline}, {@code bedrock}, {@code openai} or {@code anthropic}. */
        public Builder provider(String provider) {
            this.provider = Objects.requireNonNull(provider, "provider");
            return this;
        }

        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /** @throws IllegalArgumentException when the values do not fit together (e.g. agentcore without an ARN) */
        public BackendConfig build() {
            Mode chosen = mode.orElse(runtimeArn.isPresent() ? Mode.AGENTCORE : Mode.DIRECT);
            String effectiveRegion = region.orElseGet(() -> runtimeArn.map(Addresses::regionOf).orElse("us-east-1"));
            return new BackendConfig(dataDir, chosen, endpoint, runtimeArn, effectiveRegion, qualifier, engine, provider,
                    environment);
        }
    }
}
