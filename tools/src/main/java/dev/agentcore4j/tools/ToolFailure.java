package dev.agentcore4j.tools;

/**
 * A failure whose message is written for the model: it goes back as an error tool result, verbatim.
 * Only throw it with text that is safe and useful to show (no stack traces, paths or internals).
 */
final class ToolFailure extends RuntimeException {

    ToolFailure(String message) {
        super(message, null, false, false);
    }
}
