package dev.agentcore4j.awsfakes;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID provider on a loopback port, for a {@code customJWTAuthorizer}'s {@code discoveryUrl}:
 * {@code GET /.well-known/openid-configuration} (issuer and {@code jwks_uri}) and {@code GET /jwks.json}
 * (the public half of an RSA key pair made here, kid {@link #KID}), and RS256 tokens signed with it, or
 * with any other key and kid for the tokens that must be refused.
 */
public final class OidcIssuerFake implements AutoCloseable {

    /** The kid the JWKS publishes and {@link #token(Map)} signs with. */
    public static final String KID = "local-key-1";

    private final KeyPair keys = newKeyPair();
    private final AtomicInteger discoveryFetches = new AtomicInteger();
    private final FakeServer server;

    private OidcIssuerFake() {
        this.server = FakeServer.start(this::handle);
    }

    /** Starts the issuer on {@code 127.0.0.1} and a free port. */
    public static OidcIssuerFake start() {
        return new OidcIssuerFake();
    }

    /** {@code http://127.0.0.1:<port>}, the {@code iss} of its tokens. */
    public String issuer() {
        return server.endpoint().toString();
    }

    /** {@code <issuer>/.well-known/openid-configuration}. */
    public String discoveryUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    /** How many times the discovery document was fetched, to assert that a verifier caches it. */
    public int discoveryFetches() {
        return discoveryFetches.get();
    }

    /** The private key behind the published JWKS entry. */
    public PrivateKey signingKey() {
        return keys.getPrivate();
    }

    /** A fresh RSA private key that no issuer publishes: tokens signed with it are forged. */
    public static PrivateKey unpublishedKey() {
        return newKeyPair().getPrivate();
    }

    /**
     * Claims that a verifier of this issuer accepts, in a map the caller may change: this {@code iss},
     * {@code sub} {@code user-1}, {@code aud} {@code twin-api}, {@code client_id} {@code web-client},
     * issued now and expiring in five minutes.
     */
    public Map<String, Object> claims() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer());
        claims.put("sub", "user-1");
        claims.put("aud", "twin-api");
        claims.put("client_id", "web-client");
        claims.put("iat", now);
        claims.put("exp", now + 300);
        return claims;
    }

    /** A token with the default {@link #claims()}. */
    public String token() {
        return token(claims());
    }

    /** {@code claims} signed with the published key under {@link #KID}. */
    public String token(Map<String, ?> claims) {
        return token(claims, KID, keys.getPrivate());
    }

    /** {@code claims} signed RS256 with {@code key}, the header naming {@code kid}. */
    public String token(Map<String, ?> claims, String kid, PrivateKey key) {
        String header = b64(json(Map.of("alg", "RS256", "typ", "JWT", "kid", kid)));
        String body = b64(json(claims));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + b64(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot sign RS256 with the given key: " + e.getMessage(), e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            if (!"GET".equals(exchange.getRequestMethod())) {
                send(exchange, 405, Map.of("error", "only GET is served, not " + exchange.getRequestMethod()));
            } else if (path.equals("/.well-known/openid-configuration")) {
                discoveryFetches.incrementAndGet();
                send(exchange, 200, Map.of("issuer", issuer(), "jwks_uri", issuer() + "/jwks.json"));
            } else if (path.equals("/jwks.json")) {
                RSAPublicKey key = (RSAPublicKey) keys.getPublic();
                send(exchange, 200, Map.of("keys", List.of(Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", KID,
                        "n", unsigned(key.getModulus()), "e", unsigned(key.getPublicExponent())))));
            } else {
                send(exchange, 404, Map.of("error", "no such path " + path
                        + "; the issuer serves /.well-known/openid-configuration and /jwks.json"));
            }
        }
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] json(Object value) {
        try {
            return AwsJsonService.JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("claims must be JSON-serialisable: " + e.getMessage(), e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK always has RSA", e);
        }
    }

    /** JWK integers are unsigned big-endian: without BigInteger's sign byte. */
    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return b64(bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Override
    public void close() {
        server.close();
    }
}
