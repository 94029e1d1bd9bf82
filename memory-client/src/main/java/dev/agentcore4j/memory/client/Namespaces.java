package dev.agentcore4j.memory.client;

/**
 * A strategy's namespace template resolved for one actor, as a prefix to search under. AgentCore
 * fills {@code {actorId}}, {@code {sessionId}} and {@code {memoryStrategyId}} when it stores a
 * record; recall knows the actor and the strategy but searches every session, so the template is cut
 * at the first variable it cannot fill ({@code /summaries/{actorId}/{sessionId}} becomes
 * {@code /summaries/alice/}), and RetrieveMemoryRecords matches namespaces by prefix.
 */
public final class Namespaces {

    private Namespaces() {
    }

    /**
     * @param strategyId the strategy the template belongs to ("" when unknown: the template is cut there)
     */
    public static String forActor(String template, ActorId actor, String strategyId) {
        String resolved = template.replace("{actorId}", actor.value());
        if (!strategyId.isEmpty()) {
            resolved = resolved.replace("{memoryStrategyId}", strategyId).replace("{strategyId}", strategyId);
        }
        int open = resolved.indexOf('{');
        String prefix = open < 0 ? resolved : resolved.substring(0, open);
        return prefix.isEmpty() ? "/" : prefix;
    }
}
