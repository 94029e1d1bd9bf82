package dev.agentcore4j.agent;

/** Why the model stopped generating, as reported by Bedrock Converse ({@code stopReason}). */
public enum StopReason {
    END_TURN,
    TOOL_USE,
    MAX_TOKENS,
    STOP_SEQUENCE,
    CONTENT_FILTERED,
    GUARDRAIL_INTERVENED
}
