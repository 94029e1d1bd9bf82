package dev.agentcore4j.awsfakes;

import static dev.agentcore4j.awsfakes.RegistryResponses.created;
import static dev.agentcore4j.awsfakes.RegistryResponses.error;
import static dev.agentcore4j.awsfakes.RegistryResponses.query;
import static dev.agentcore4j.awsfakes.RegistryResponses.send;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The blobs of {@link RegistryFake}, per repository, and their uploads: blob {@code HEAD}/{@code GET},
 * chunked uploads ({@code POST} → {@code PATCH}… → {@code PUT ?digest=}), monolithic uploads and
 * cross-repository mounts; a blob is stored only when its content matches its digest.
 */
final class RegistryBlobs {

    private final Map<String, Map<String, byte[]>> blobs = new HashMap<>();
    private final Map<String, ByteArrayOutputStream> uploads = new HashMap<>();

    synchronized Optional<byte[]> blob(String repository, String digest) {
        return Optional.ofNullable(blobs.getOrDefault(repository, Map.of()).get(digest));
    }

    synchronized void deleteRepository(String repository) {
        blobs.remove(repository);
    }

    void get(HttpExchange exchange, RegistryRoute route, boolean withBody) throws IOException {
        Optional<byte[]> blob = blob(route.name(), route.reference());
        if (blob.isEmpty()) {
            error(exchange, 404, "BLOB_UNKNOWN", "blob unknown to registry", withBody);
            return;
        }
        exchange.getResponseHeaders().set("Docker-Content-Digest", route.reference());
        if (withBody) {
            send(exchange, 200, "application/octet-stream", blob.get());
        } else {
            exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(blob.get().length));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    void startUpload(HttpExchange exchange, RegistryRoute route, byte[] body) throws IOException {
        Map<String, String> query = query(exchange);
        String mount = query.get("mount");
        String from = query.get("from");
        synchronized (this) {
            if (mount != null && from != null && blobs.getOrDefault(from, Map.of()).containsKey(mount)) {
                blobs.computeIfAbsent(route.name(), k -> new HashMap<>()).put(mount, blobs.get(from).get(mount));
                created(exchange, "/v2/" + route.name() + "/blobs/" + mount, mount);
                return;
            }
            if (query.containsKey("digest")) {
                storeBlob(exchange, route.name(), query.get("digest"), body);
                return;
            }
            String id = UUID.randomUUID().toString();
            uploads.put(id, new ByteArrayOutputStream());
            exchange.getResponseHeaders().set("Location", "/v2/" + route.name() + "/blobs/uploads/" + id);
            exchange.getResponseHeaders().set("Docker-Upload-UUID", id);
            exchange.getResponseHeaders().set("Range", "0-0");
        }
        exchange.sendResponseHeaders(202, -1);
    }

    void patchUpload(HttpExchange exchange, RegistryRoute route, byte[] body) throws IOException {
        int size;
        synchronized (this) {
            ByteArrayOutputStream upload = uploads.get(route.reference());
            if (upload == null) {
                error(exchange, 404, "BLOB_UPLOAD_UNKNOWN", "blob upload unknown to registry");
                return;
            }
            upload.writeBytes(body);
            size = upload.size();
        }
        exchange.getResponseHeaders().set("Location", "/v2/" + route.name() + "/blobs/uploads/" + route.reference());
        exchange.getResponseHeaders().set("Docker-Upload-UUID", route.reference());
        exchange.getResponseHeaders().set("Range", "0-" + Math.max(0, size - 1));
        exchange.sendResponseHeaders(202, -1);
    }

    void finishUpload(HttpExchange exchange, RegistryRoute route, byte[] body) throws IOException {
        String digest = query(exchange).get("digest");
        synchronized (this) {
            ByteArrayOutputStream upload = uploads.remove(route.reference());
            if (upload == null) {
                error(exchange, 404, "BLOB_UPLOAD_UNKNOWN", "blob upload unknown to registry");
                return;
            }
            upload.writeBytes(body);
            storeBlob(exchange, route.name(), digest, upload.toByteArray());
        }
    }

    private void storeBlob(HttpExchange exchange, String repository, String digest, byte[] bytes) throws IOException {
        String actual = Json.sha256(bytes);
        if (digest == null || !digest.equals(actual)) {
            error(exchange, 400, "DIGEST_INVALID", "provided digest " + digest + " did not match uploaded content " + actual);
            return;
        }
        blobs.computeIfAbsent(repository, k -> new HashMap<>()).put(digest, bytes);
        created(exchange, "/v2/" + repository + "/blobs/" + digest, digest);
    }
}
