package dev.agentcore4j.agent;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Inference settings; an empty value means the provider's default.
 *
 * <pre>{@code ModelOptions options = ModelOptions.DEFAULTS.withMaxTokens(1024).withTemperature(0.2);}</pre>
 */
public record ModelOptions(OptionalInt maxTokens, OptionalDouble temperature, List<String> stopSequences) {

    public static final ModelOptions DEFAULTS = new ModelOptions(OptionalInt.empty(), OptionalDouble.empty(), List.of());

    public ModelOptions {
        Objects.requireNonNull(maxTokens, "maxTokens");
        Objects.requireNonNull(temperature, "temperature");
        stopSequences = List.copyOf(stopSequences);
        if (maxTokens.isPresent() && maxTokens.getAsInt() <= 0) {
            throw new IllegalArgumentException("maxTokens must be positive");
        }
        if (temperature.isPresent() && !(temperature.getAsDouble() >= 0)) {
            throw new IllegalArgumentException("temperature must be >= 0");
        }
    }

    public ModelOptions withMaxTokens(int maxTokens) {
        return new ModelOptions(OptionalInt.of(maxTokens), temperature, stopSequences);
    }

    public ModelOptions withTemperature(double temperature) {
        return new ModelOptions(maxTokens, OptionalDouble.of(temperature), stopSequences);
    }

    public ModelOptions withStopSequences(List<String> stopSequences) {
        return new ModelOptions(maxTokens, temperature, stopSequences);
    }
}
