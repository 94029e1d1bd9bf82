package dev.agentcore4j.image;

/**
 * An image that was written.
 *
 * @param reference the image reference it was written as, e.g. {@code agentcore4j-agent:latest}
 * @param digest    the manifest digest ({@code sha256:...}); equal inputs give an equal digest
 * @param imageId   the config digest ({@code sha256:...}), what {@code docker images} shows
 */
public record BuiltImage(String reference, String digest, String imageId) {
}
