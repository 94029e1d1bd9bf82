package dev.agentcore4j.agent;

/**
 * Which model answers: provider (e.g. "bedrock", "openai-compatible", "offline"), model id, and
 * whether it runs without network or credentials.
 */
public record ModelInfo(String provider, String modelId, boolean offline) {

    public ModelInfo {
        if (provider == null || provider.isBlank() || modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("provider and modelId must not be blank");
        }
    }
}
