package dev.agentcore4j.agent;

/** Who wrote a {@link Message}. Tool results travel in {@link #USER} messages, as in Bedrock Converse. */
public enum Role {
    USER,
    ASSISTANT
}
