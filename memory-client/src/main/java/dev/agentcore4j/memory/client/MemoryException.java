package dev.agentcore4j.memory.client;

/** AgentCore Memory could not be read or written; the message says which call failed, why, and what to check. */
public class MemoryException extends RuntimeException {

    public MemoryException(String message) {
        super(message);
    }

    public MemoryException(String message, Throwable cause) {
        super(message, cause);
    }
}
