package dev.agentcore4j.memory.extract;

/** The embedding model could not load (missing ONNX runtime or model jar) or failed on a text. */
public class EmbeddingException extends RuntimeException {

    public EmbeddingException(String message, Throwable cause) {
        super(message, cause);
    }
}
