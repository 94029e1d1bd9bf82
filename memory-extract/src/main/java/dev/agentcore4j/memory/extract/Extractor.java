package dev.agentcore4j.memory.extract;

import dev.agentcore4j.agent.Model;
import java.util.List;
import java.util.Objects;

/**
 * What one strategy extracts from a conversation: new record texts (already de-duplicated against
 * {@code existing}). Thread-safe; one call is one model request.
 *
 * <pre>{@code
 * Extractor extractor = Extractor.using(new OfflineModel());
 * List<String> facts = extractor.extract(StrategyKind.SEMANTIC,
 *         List.of(Utterance.user("My name is Taro and I live in Osaka.")), List.of());
 * // ["The user's name is Taro.", "The user lives in Osaka."]
 * }</pre>
 */
public interface Extractor {

    /**
     * @param existing texts of records already in the target namespace (to skip or consolidate duplicates)
     * @throws ExtractionException when the model's answer cannot be used
     */
    List<String> extract(StrategyKind kind, List<Utterance> conversation, List<String> existing);

    /** Like {@link #extract}, and also says which candidates were dropped and why. */
    default Extraction extraction(StrategyKind kind, List<Utterance> conversation, List<String> existing) {
        return new Extraction(extract(kind, conversation, existing), List.of());
    }

    /** Extraction by any agent {@code dev.agentcore4j.agent} Model: a strategy prompt, JSON answer, validated. */
    static Extractor using(Model model) {
        return new ModelExtractor(Objects.requireNonNull(model, "model"));
    }
}
