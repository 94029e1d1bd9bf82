package dev.agentcore4j.model.bedrock;

import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which Bedrock model {@link BedrockModel} calls and how. Credentials come from the AWS SDK's default
 * chain (environment, profile, container or instance role) unless given to
 * {@link BedrockModel#create(BedrockConfig, software.amazon.awssdk.auth.credentials.AwsCredentialsProvider)}.
 *
 * <pre>{@code
 * BedrockConfig config = BedrockConfig.defaults().withRegion("us-west-2").withPromptCaching(true);
 * }</pre>
 *
 * @param modelId               a model id or inference profile id
 * @param region                the AWS region, e.g. {@code us-east-1}
 * @param endpointOverride      another endpoint (a VPC endpoint, a local test server)
 * @param streaming             ConverseStream when true, Converse (one response) when false
 * @param promptCaching         adds cache points after the system prompt and after the tools
 * @param reasoningBudgetTokens Anthropic extended thinking budget sent as an additional model field; 0 is off
 */
public record BedrockConfig(String modelId, String region, Optional<URI> endpointOverride, boolean streaming,
                            boolean promptCaching, int reasoningBudgetTokens) {

    /** The model the seed project used: Claude Sonnet 4 through the US cross-region inference profile. */
    public static final String DEFAULT_MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0";
    public static final String DEFAULT_REGION = "us-east-1";

    public BedrockConfig {
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("Bedrock model id must not be blank (set AC4J_BEDROCK_MODEL_ID)");
        }
        if (region == null || !region.matches("[a-z]{2}(-[a-z]+)+-\\d+")) {
            throw new IllegalArgumentException("Bedrock region must look like us-east-1 (set AWS_REGION): " + region);
        }
        Objects.requireNonNull(endpointOverride, "endpointOverride");
        if (reasoningBudgetTokens < 0 || (reasoningBudgetTokens > 0 && reasoningBudgetTokens < 1024)) {
            throw new IllegalArgumentException("reasoningBudgetTokens must be 0 (off) or at least 1024");
        }
    }

    /** The seed's model in {@value #DEFAULT_REGION}, streaming, no caching, no reasoning. */
    public static BedrockConfig defaults() {
        return new BedrockConfig(DEFAULT_MODEL_ID, DEFAULT_REGION, Optional.empty(), true, false, 0);
    }

    /**
     * Reads {@code AC4J_BEDROCK_MODEL_ID}, {@code AWS_REGION} (else {@code AWS_DEFAULT_REGION}),
     * {@code AC4J_BEDROCK_ENDPOINT}, {@code AC4J_BEDROCK_STREAMING}, {@code AC4J_BEDROCK_PROMPT_CACHING}
     * and {@code AC4J_BEDROCK_REASONING_BUDGET}; unset means the default.
     */
    public static BedrockConfig fromEnvironment(Map<String, String> env) {
        var config = defaults();
        String model = value(env, "AC4J_BEDROCK_MODEL_ID");
        if (!model.isEmpty()) {
            config = config.withModelId(model);
        }
        String region = value(env, "AWS_REGION").isEmpty() ? value(env, "AWS_DEFAULT_REGION") : value(env, "AWS_REGION");
        if (!region.isEmpty()) {
            config = config.withRegion(region);
        }
        String endpoint = value(env, "AC4J_BEDROCK_ENDPOINT");
        if (!endpoint.isEmpty()) {
            URI uri;
            try {
                uri = URI.create(endpoint);
            } catch (IllegalArgumentException e) {
                uri = null;
            }
            if (uri == null || uri.getScheme() == null || uri.getHost() == null) {
                throw new IllegalArgumentException("AC4J_BEDROCK_ENDPOINT must be a URL like https://bedrock-runtime.us-east-1.amazonaws.com: " + endpoint);
            }
            config = config.withEndpointOverride(uri);
        }
        config = config.withStreaming(flag(env, "AC4J_BEDROCK_STREAMING", true))
                .withPromptCaching(flag(env, "AC4J_BEDROCK_PROMPT_CACHING", false));
        String budget = value(env, "AC4J_BEDROCK_REASONING_BUDGET");
        if (!budget.isEmpty()) {
            try {
                config = config.withReasoningBudgetTokens(Integer.parseInt(budget));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("AC4J_BEDROCK_REASONING_BUDGET must be a whole number, e.g. 2048: " + budget);
            }
        }
        return config;
    }

    public BedrockConfig withModelId(String modelId) {
        return new BedrockConfig(modelId, region, endpointOverride, streaming, promptCaching, reasoningBudgetTokens);
    }

    public BedrockConfig withRegion(String region) {
        return new BedrockConfig(modelId, region, endpointOverride, streaming, promptCaching, reasoningBudgetTokens);
    }

    public BedrockConfig withEndpointOverride(URI endpoint) {
        return new BedrockConfig(modelId, region, Optional.of(endpoint), streaming, promptCaching, reasoningBudgetTokens);
    }

    public BedrockConfig withStreaming(boolean streaming) {
        return new BedrockConfig(modelId, region, endpointOverride, streaming, promptCaching, reasoningBudgetTokens);
    }

    public BedrockConfig withPromptCaching(boolean promptCaching) {
        return new BedrockConfig(modelId, region, endpointOverride, streaming, promptCaching, reasoningBudgetTokens);
    }

    public BedrockConfig withReasoningBudgetTokens(int reasoningBudgetTokens) {
        return new BedrockConfig(modelId, region, endpointOverride, streaming, promptCaching, reasoningBudgetTokens);
    }

    private static String value(Map<String, String> env, String name) {
        return env.getOrDefault(name, "").strip();
    }

    private static boolean flag(Map<String, String> env, String name, boolean defaultValue) {
        return switch (value(env, name).toLowerCase(java.util.Locale.ROOT)) {
            case "" -> defaultValue;
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new IllegalArgumentException(name + " must be true or false: " + value(env, name));
        };
    }
}
