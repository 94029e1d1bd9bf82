package dev.agentcore4j.agent;

/** The model did not produce a valid structured answer within the allowed attempts. */
public final class StructuredOutputException extends RuntimeException {

    public StructuredOutputException(String message) {
        super(message);
    }
}
