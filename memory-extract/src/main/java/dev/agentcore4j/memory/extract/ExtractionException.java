package dev.agentcore4j.memory.extract;

/**
 * The model's extraction answer could not be used: not JSON, not the {@code {"records": [...]}}
 * shape, too large, cut off, or filtered. Model output is external input, so this is an expected
 * failure of one extraction, not a bug; failures of the model call itself stay
 * {@link dev.agentcore4j.agent.ModelException}s.
 */
public class ExtractionException extends RuntimeException {

    public ExtractionException(String message) {
        super(message);
    }
}
