package dev.agentcore4j.memory;

import java.util.List;
import java.util.Optional;

/**
 * The memory strategy types: the member of the {@code MemoryStrategyInput} union that creates each,
 * and the namespace AWS gives a strategy created without one.
 */
enum StrategyType {
    SEMANTIC("semanticMemoryStrategy", "/strategies/{memoryStrategyId}/actors/{actorId}"),
    SUMMARIZATION("summaryMemoryStrategy", "/strategies/{memoryStrategyId}/actors/{actorId}/sessions/{sessionId}"),
    USER_PREFERENCE("userPreferenceMemoryStrategy", "/strategies/{memoryStrategyId}/actors/{actorId}"),
    CUSTOM("customMemoryStrategy", "/strategies/{memoryStrategyId}/actors/{actorId}"),
    EPISODIC("episodicMemoryStrategy", "/strategies/{memoryStrategyId}/actors/{actorId}/sessions/{sessionId}");

    /** Where episodic reflections go when the reflection configuration names no namespace. */
    static final String REFLECTION_NAMESPACE = "/strategies/{memoryStrategyId}/actors/{actorId}";

    final String inputMember;
    final String defaultNamespace;

    StrategyType(String inputMember, String defaultNamespace) {
        this.inputMember = inputMember;
        this.defaultNamespace = defaultNamespace;
    }

    static List<String> inputMembers() {
        return List.of(SEMANTIC.inputMember, SUMMARIZATION.inputMember, USER_PREFERENCE.inputMember,
                CUSTOM.inputMember, EPISODIC.inputMember);
    }

    static Optional<StrategyType> byInputMember(String member) {
        for (StrategyType type : values()) {
            if (type.inputMember.equals(member)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
