package dev.agentcore4j.memory.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * Which AgentCore Memory the agent remembers in, and how it recalls.
 *
 * @param memoryId            the memory (as {@code CreateMemory} answered it, e.g. {@code ac4j_demo_memory-AbCdE12345})
 * @param region              the AWS region; empty: the SDK's default region chain (profile, instance metadata)
 * @param dataEndpoint        the data plane ({@code bedrock-agentcore}); empty: AWS's regional endpoint
 * @param controlEndpoint     the control plane ({@code bedrock-agentcore-control}, for GetMemory); empty: AWS's
 * @param credentials         fixed credentials; empty: the SDK's default chain (on AgentCore Runtime, the execution role)
 * @param topK                records recalled per turn, at most (1–100)
 * @param minScore            records scoring below this are not recalled (0–1; the service's relevance score)
 * @param maxRestoredMessages a restored conversation keeps at most this many of its last messages
 * @param namespaces          namespace templates to recall from; empty: every namespace of the memory's
 *                            strategies (GetMemory)
 */
public record MemoryConfig(String memoryId, Optional<String> region, Optional<URI> dataEndpoint,
                           Optional<URI> controlEndpoint, Optional<AwsCredentials> credentials, int topK,
                           double minScore, int maxRestoredMessages, List<String> namespaces) {

    public static final int DEFAULT_TOP_K = 5;
    public static final double DEFAULT_MIN_SCORE = 0.1;
    public static final int DEFAULT_MAX_RESTORED_MESSAGES = 100;

    public MemoryConfig {
        Objects.requireNonNull(memoryId, "memoryId");
        if (!MemoryIds.validMemoryId(memoryId)) {
            throw new IllegalArgumentException("'" + Texts.excerpt(memoryId, 60) + "' is not an AgentCore Memory id: "
                    + "use the id CreateMemory answered, <name>-<10 letters or digits>, e.g. ac4j_demo_memory-AbCdE12345");
        }
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(dataEndpoint, "dataEndpoint");
        Objects.requireNonNull(controlEndpoint, "controlEndpoint");
        Objects.requireNonNull(credentials, "credentials");
        if (topK < 1 || topK > 100) {
            throw new IllegalArgumentException("topK must be 1..100, got " + topK);
        }
        if (!(minScore >= 0 && minScore <= 1)) {
            throw new IllegalArgumentException("minScore must be 0..1, got " + minScore);
        }
        if (maxRestoredMessages < 2) {
            throw new IllegalArgumentException("maxRestoredMessages must be >= 2, got " + maxRestoredMessages);
        }
        namespaces = List.copyOf(namespaces);
    }

    /** {@code memoryId} on AWS, with the default region and credential chains, top 5 records scoring 0.1 or more. */
    public static MemoryConfig of(String memoryId) {
        return new MemoryConfig(memoryId, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                DEFAULT_TOP_K, DEFAULT_MIN_SCORE, DEFAULT_MAX_RESTORED_MESSAGES, List.of());
    }

    /**
     * Memory as the environment configures it, or empty (memory off) when {@code AC4J_MEMORY_ID} is
     * unset. Read: {@code AC4J_MEMORY_ID}; {@code AC4J_MEMORY_ENDPOINT} (both planes, e.g. the twin),
     * else the SDKs' own {@code AWS_ENDPOINT_URL_BEDROCK_AGENTCORE} and
     * {@code AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL}; {@code AWS_REGION} (else
     * {@code AWS_DEFAULT_REGION}, else the SDK's chain); {@code AWS_ACCESS_KEY_ID} with
     * {@code AWS_SECRET_ACCESS_KEY} (and {@code AWS_SESSION_TOKEN}), else the SDK's chain;
     * {@code AC4J_MEMORY_TOP_K}, {@code AC4J_MEMORY_MIN_SCORE}, {@code AC4J_MEMORY_MAX_RESTORED},
     * {@code AC4J_MEMORY_NAMESPACES} (comma-separated templates).
     *
     * @throws IllegalArgumentException naming the variable and the fix when a value is malformed
     */
    public static Optional<MemoryConfig> fromEnvironment(Map<String, String> env) {
        String id = value(env, "AC4J_MEMORY_ID").orElse(null);
        if (id == null) {
            return Optional.empty();
        }
        MemoryConfig config;
        try {
            config = of(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("AC4J_MEMORY_ID: " + e.getMessage(), e);
        }
        Optional<URI> both = value(env, "AC4J_MEMORY_ENDPOINT").map(v -> endpoint("AC4J_MEMORY_ENDPOINT", v));
        config = config.withEndpoints(
                both.or(() -> value(env, "AWS_ENDPOINT_URL_BEDROCK_AGENTCORE").map(v -> endpoint("AWS_ENDPOINT_URL_BEDROCK_AGENTCORE", v))),
                both.or(() -> value(env, "AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL")
                        .map(v -> endpoint("AWS_ENDPOINT_URL_BEDROCK_AGENTCORE_CONTROL", v))));
        config = config.withRegion(value(env, "AWS_REGION").or(() -> value(env, "AWS_DEFAULT_REGION")));
        Optional<String> key = value(env, "AWS_ACCESS_KEY_ID");
        Optional<String> secret = value(env, "AWS_SECRET_ACCESS_KEY");
        if (key.isPresent() != secret.isPresent()) {
            throw new IllegalArgumentException("AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY go together: set both or neither");
        }
        if (key.isPresent()) {
            Optional<String> token = value(env, "AWS_SESSION_TOKEN");
            config = config.withCredentials(token.<AwsCredentials>map(t -> AwsSessionCredentials.create(key.get(), secret.get(), t))
                    .orElseGet(() -> AwsBasicCredentials.create(key.get(), secret.get())));
        }
        if (value(env, "AC4J_MEMORY_TOP_K").isPresent()) {
            config = config.withTopK(integer(env, "AC4J_MEMORY_TOP_K", 1, 100));
        }
        if (value(env, "AC4J_MEMORY_MIN_SCORE").isPresent()) {
            config = config.withMinScore(decimal(env, "AC4J_MEMORY_MIN_SCORE", 0, 1));
        }
        if (value(env, "AC4J_MEMORY_MAX_RESTORED").isPresent()) {
            config = config.withMaxRestoredMessages(integer(env, "AC4J_MEMORY_MAX_RESTORED", 2, 10_000));
        }
        Optional<String> namespaces = value(env, "AC4J_MEMORY_NAMESPACES");
        if (namespaces.isPresent()) {
            config = config.withNamespaces(Arrays.stream(namespaces.get().split(",")).map(String::strip)
                    .filter(s -> !s.isEmpty()).toList());
        }
        return Optional.of(config);
    }

    /** The same endpoint for both planes (the twin serves both on one port). */
    public MemoryConfig withEndpoint(URI endpoint) {
        return withEndpoints(Optional.of(endpoint), Optional.of(endpoint));
    }

    public MemoryConfig withEndpoints(Optional<URI> data, Optional<URI> control) {
        return new MemoryConfig(memoryId, region, data, control, credentials, topK, minScore, maxRestoredMessages, namespaces);
    }

    public MemoryConfig withRegion(Optional<String> region) {
        return new MemoryConfig(memoryId, region, dataEndpoint, controlEndpoint, credentials, topK, minScore, maxRestoredMessages, namespaces);
    }

    public MemoryConfig withCredentials(AwsCredentials credentials) {
        return new MemoryConfig(memoryId, region, dataEndpoint, controlEndpoint, Optional.of(credentials), topK, minScore,
                maxRestoredMessages, namespaces);
    }

    public MemoryConfig withTopK(int topK) {
        return new MemoryConfig(memoryId, region, dataEndpoint, controlEndpoint, credentials, topK, minScore, maxRestoredMessages, namespaces);
    }

    public MemoryConfig withMinScore(double minScore) {
        return new MemoryConfig(memoryId, region, dataEndpoint, controlEndpoint, credentials, topK, minScore, maxRestoredMessages, namespaces);
    }

    public MemoryConfig withMaxRestoredMessages(int max) {
        return new MemoryConfig(memoryId, region, dataEndpoint, controlEndpoint, credentials, topK, minScore, max, namespaces);
    }

    public MemoryConfig withNamespaces(List<String> namespaces) {
        return new MemoryConfig(memoryId, region, dataEndpoint, controlEndpoint, credentials, topK, minScore, maxRestoredMessages, namespaces);
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static URI endpoint(String name, String value) {
        try {
            URI uri = new URI(value);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + ": '" + Texts.excerpt(value, 80)
                + "' is not an endpoint URL; use e.g. http://127.0.0.1:8790 (the twin) or leave it unset for AWS");
    }

    private static int integer(Map<String, String> env, String name, int min, int max) {
        String value = env.get(name).strip();
        try {
            int parsed = Integer.parseInt(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max + ", got '" + value + "'");
    }

    private static double decimal(Map<String, String> env, String name, double min, double max) {
        String value = env.get(name).strip();
        try {
            double parsed = Double.parseDouble(value);
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(name + " must be a number from " + min + " to " + max + ", got '" + value + "'");
    }
}
