package dev.agentcore4j.awsfakes;

import static dev.agentcore4j.awsfakes.RegistryResponses.created;
import static dev.agentcore4j.awsfakes.RegistryResponses.error;
import static dev.agentcore4j.awsfakes.RegistryResponses.send;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The Docker Registry HTTP API v2 as ECR serves it (HTTPS, here with a self-signed certificate for
 * {@code 127.0.0.1}), in memory: {@code GET /v2/}, blob {@code HEAD}/
 * {@code GET}, chunked uploads ({@code POST} → {@code PATCH}… → {@code PUT ?digest=}, monolithic and
 * cross-repository mounts too), manifest {@code PUT}/{@code GET}/{@code HEAD}. Every request needs
 * {@code Authorization: Basic base64(AWS:<password>)} with a password from ECR's
 * {@code GetAuthorizationToken} (else 401 with a {@code Basic} challenge, like ECR), and names a
 * repository ECR has (else 404 {@code NAME_UNKNOWN}). A manifest is refused while a blob it names is
 * missing, so a test reading {@link #manifest} sees a complete image.
 */
public final class RegistryFake implements AutoCloseable {

    static final String MANIFEST_V2 = "application/vnd.docker.distribution.manifest.v2+json";

    /** What the registry needs from ECR. */
    interface Access {
        boolean repositoryExists(String name);

        boolean accepts(String password);

        String registryId();
    }

    /** A manifest PUT under a tag: the repository, the tag and the manifest digest. */
    public record Push(String repository, String tag, String digest) {
    }

    private record Manifest(String mediaType, byte[] bytes, String digest) {
    }

    private final Access access;
    private final CallLog log;
    private final RegistryBlobs blobs = new RegistryBlobs();
    private final Map<String, Map<String, Manifest>> manifests = new HashMap<>();
    private final Map<String, Map<String, String>> tags = new HashMap<>();
    private final List<Consumer<Push>> listeners = new CopyOnWriteArrayList<>();
    private final FakeServer server;

    private RegistryFake(Access access, CallLog log) {
        this.access = access;
        this.log = log;
        this.server = FakeServer.startHttps(this::handle, LoopbackTls.serverContext());
    }

    static RegistryFake start(Access access, CallLog log) {
        return new RegistryFake(access, log);
    }

    /** {@code https://127.0.0.1:<port>}, the {@code proxyEndpoint} of ECR's tokens. */
    public URI endpoint() {
        return server.endpoint();
    }

    /**
     * A TLS context that trusts this registry's self-signed loopback certificate, for a test's own
     * HTTP client. Jib needs none: it retries without verification when insecure registries are allowed.
     */
    public javax.net.ssl.SSLContext trustingContext() {
        return LoopbackTls.clientContext();
    }

    /** The manifest of {@code repository} under a tag or digest, as pushed. */
    public synchronized Optional<JsonNode> manifest(String repository, String reference) {
        return Optional.ofNullable(manifests.getOrDefault(repository, Map.of()).get(resolve(repository, reference)))
                .map(m -> Json.read(m.bytes()));
    }

    /** The digest a tag points at. */
    public synchronized Optional<String> digest(String repository, String tag) {
        return Optional.ofNullable(tags.getOrDefault(repository, Map.of()).get(tag));
    }

    /** A blob of {@code repository} (a layer or an image config). */
    public Optional<byte[]> blob(String repository, String digest) {
        return blobs.blob(repository, digest);
    }

    /** The image config (the blob the manifest's {@code config.digest} names) of a tag or digest. */
    public Optional<JsonNode> config(String repository, String reference) {
        return manifest(repository, reference).flatMap(m -> blob(repository, m.path("config").path("digest").asText()))
                .map(Json::read);
    }

    /** The tags of {@code repository}, in the order they were first pushed. */
    public synchronized List<String> tags(String repository) {
        return List.copyOf(tags.getOrDefault(repository, Map.of()).keySet());
    }

    /** Called after each manifest PUT under a tag (on the request's thread, before the client sees 201). */
    public void onPush(Consumer<Push> listener) {
        listeners.add(listener);
    }

    synchronized boolean hasImages(String repository) {
        return !manifests.getOrDefault(repository, Map.of()).isEmpty();
    }

    synchronized void deleteRepository(String repository) {
        blobs.deleteRepository(repository);
        manifests.remove(repository);
        tags.remove(repository);
    }

    @Override
    public void close() {
        server.close();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String method = exchange.getRequestMethod();
            if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate",
                        "Basic realm=\"" + endpoint() + "/\",service=\"ecr.amazonaws.com\"");
                error(exchange, 401, "DENIED", "Not Authorized");
                return;
            }
            if (path.equals("/v2/") || path.equals("/v2")) {
                exchange.getResponseHeaders().set("Docker-Distribution-API-Version", "registry/2.0");
                send(exchange, 200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            RegistryRoute route = RegistryRoute.parse(path);
            if (route == null) {
                error(exchange, 404, "NOT_FOUND", "the registry serves /v2/<name>/blobs/… and /v2/<name>/manifests/… only");
                return;
            }
            log.add(new Call("registry", method + " " + route.kind(), route.json(), ""));
            if (!access.repositoryExists(route.name())) {
                error(exchange, 404, "NAME_UNKNOWN", "The repository with name '" + route.name()
                        + "' does not exist in the registry with id '" + access.registryId() + "'");
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            switch (method + " " + route.kind()) {
                case "HEAD blob", "GET blob" -> blobs.get(exchange, route, method.equals("GET"));
                case "POST upload" -> blobs.startUpload(exchange, route, body);
                case "PATCH upload" -> blobs.patchUpload(exchange, route, body);
                case "PUT upload" -> blobs.finishUpload(exchange, route, body);
                case "PUT manifest" -> putManifest(exchange, route, body);
                case "HEAD manifest", "GET manifest" -> getManifest(exchange, route, method.equals("GET"));
                default -> error(exchange, 405, "UNSUPPORTED", method + " is not supported on " + route.kind() + "s");
            }
        }
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return decoded.startsWith("AWS:") && access.accepts(decoded.substring(4));
    }

    private void putManifest(HttpExchange exchange, RegistryRoute route, byte[] body) throws IOException {
        JsonNode manifest;
        try {
            manifest = Json.read(body);
        } catch (IllegalArgumentException e) {
            error(exchange, 400, "MANIFEST_INVALID", "manifest invalid: " + e.getMessage());
            return;
        }
        String digest = Json.sha256(body);
        String mediaType = Optional.ofNullable(exchange.getRequestHeaders().getFirst("Content-Type")).orElse(MANIFEST_V2);
        boolean tag = !route.reference().startsWith("sha256:");
        synchronized (this) {
            List<String> named = new ArrayList<>();
            named.add(manifest.path("config").path("digest").asText());
            manifest.path("layers").forEach(layer -> named.add(layer.path("digest").asText()));
            for (String blob : named) {
                if (blobs.blob(route.name(), blob).isEmpty()) {
                    error(exchange, 400, "MANIFEST_BLOB_UNKNOWN", "blob unknown to registry: " + blob);
                    return;
                }
            }
            Manifest stored = new Manifest(mediaType, body, digest);
            Map<String, Manifest> byReference = manifests.computeIfAbsent(route.name(), k -> new LinkedHashMap<>());
            byReference.put(digest, stored);
            if (tag) {
                tags.computeIfAbsent(route.name(), k -> new LinkedHashMap<>()).put(route.reference(), digest);
            }
        }
        if (tag) {
            listeners.forEach(l -> l.accept(new Push(route.name(), route.reference(), digest)));
        }
        created(exchange, "/v2/" + route.name() + "/manifests/" + digest, digest);
    }

    private void getManifest(HttpExchange exchange, RegistryRoute route, boolean withBody) throws IOException {
        Manifest manifest;
        synchronized (this) {
            manifest = manifests.getOrDefault(route.name(), Map.of()).get(resolve(route.name(), route.reference()));
        }
        if (manifest == null) {
            error(exchange, 404, "MANIFEST_UNKNOWN", "Requested image not found", withBody);
            return;
        }
        exchange.getResponseHeaders().set("Docker-Content-Digest", manifest.digest());
        if (withBody) {
            send(exchange, 200, manifest.mediaType(), manifest.bytes());
        } else {
            exchange.getResponseHeaders().set("Content-Type", manifest.mediaType());
            exchange.getResponseHeaders().set("Content-Length", Integer.toString(manifest.bytes().length));
            exchange.sendResponseHeaders(200, -1);
        }
    }

    private String resolve(String repository, String reference) {
        return reference.startsWith("sha256:") ? reference : tags.getOrDefault(repository, Map.of()).getOrDefault(reference, "");
    }

}
