package dev.agentcore4j.agent;

/** Outcome of one tool call as the model sees it. */
public enum ToolResultStatus {
    SUCCESS,
    ERROR
}
