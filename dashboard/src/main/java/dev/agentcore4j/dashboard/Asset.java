package dev.agentcore4j.dashboard;

import java.util.Objects;

/**
 * One file the dashboard serves, held in memory (the whole UI is a few hundred kilobytes).
 *
 * @param bytes        the content
 * @param contentType  the {@code Content-Type}, with a charset for text
 * @param etag         a strong validator derived from the content (quoted, as on the wire)
 * @param cacheControl {@code no-cache} for the app (revalidated on every load, so an upgrade shows at
 *                     once), {@code immutable} for versioned WebJar paths
 */
record Asset(byte[] bytes, String contentType, String etag, String cacheControl) {

    static final String REVALIDATE = "no-cache";
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    Asset {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(etag, "etag");
        Objects.requireNonNull(cacheControl, "cacheControl");
    }
}
