package dev.agentcore4j.memory;

import dev.agentcore4j.memory.extract.StrategyKind;
import java.util.Optional;

/**
 * Which extraction a strategy runs: the built-in types map to their kind, a custom strategy to the
 * kind whose prompts it overrides; a self-managed strategy extracts nothing in the service (its
 * owner's pipeline writes records with BatchCreateMemoryRecords).
 */
final class ExtractionKinds {

    private ExtractionKinds() {
    }

    static Optional<StrategyKind> of(Strategy strategy) {
        return switch (strategy.type()) {
            case SEMANTIC -> Optional.of(StrategyKind.SEMANTIC);
            case USER_PREFERENCE -> Optional.of(StrategyKind.USER_PREFERENCE);
            case SUMMARIZATION -> Optional.of(StrategyKind.SUMMARY);
            case EPISODIC -> Optional.of(StrategyKind.EPISODIC);
            case CUSTOM -> strategy.overrideType().flatMap(type -> switch (type) {
                case "SEMANTIC_OVERRIDE" -> Optional.of(StrategyKind.SEMANTIC);
                case "USER_PREFERENCE_OVERRIDE" -> Optional.of(StrategyKind.USER_PREFERENCE);
                case "SUMMARY_OVERRIDE" -> Optional.of(StrategyKind.SUMMARY);
                case "EPISODIC_OVERRIDE" -> Optional.of(StrategyKind.EPISODIC);
                default -> Optional.<StrategyKind>empty();
            });
        };
    }

    /** Whether events of this memory feed long-term extraction. */
    static boolean extracts(Memory memory) {
        return memory.strategies().stream()
                .anyMatch(s -> s.status() != Status.DELETING && of(s).isPresent());
    }
}
