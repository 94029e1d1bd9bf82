package dev.agentcore4j.image;

/** An image could not be built; the message names the input at fault and, where known, the fix. */
public final class ImageBuildException extends RuntimeException {

    ImageBuildException(String message) {
        super(message);
    }

    ImageBuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
