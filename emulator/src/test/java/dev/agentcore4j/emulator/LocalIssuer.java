package dev.agentcore4j.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenID provider on a loopback port: discovery document and JWKS of an RSA key pair made here,
 * and tokens signed with it (or with any other key, for the tests that must fail).
 */
final class LocalIssuer implements AutoCloseable {

    static final String KID = "test-key-1";

    private final HttpServer server;
    final KeyPair keys = generate();
    final AtomicInteger discoveryFetches = new AtomicInteger();

    LocalIssuer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/openid-configuration", exchange -> {
            discoveryFetches.incrementAndGet();
            send(exchange, Map.of("issuer", issuer(), "jwks_uri", issuer() + "/jwks.json"));
        });
        server.createContext("/jwks.json", exchange -> {
            RSAPublicKey key = (RSAPublicKey) keys.getPublic();
            send(exchange, Map.of("keys", List.of(Map.of("kty", "RSA", "use", "sig", "alg", "RS256", "kid", KID,
                    "n", unsigned(key.getModulus()), "e", unsigned(key.getPublicExponent())))));
        });
        server.start();
    }

    String issuer() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String discoveryUrl() {
        return issuer() + "/.well-known/openid-configuration";
    }

    /** Claims that pass: this issuer, audience {@code twin-api}, client {@code web-client}, valid for 5 minutes. */
    Map<String, Object> claims() {
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

    String token(Map<String, Object> claims) {
        return token(claims, KID, keys.getPrivate());
    }

    String token(Map<String, Object> claims, String kid, PrivateKey key) {
        try {
            String header = b64(Json.MAPPER.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", kid)));
            String body = b64(Json.MAPPER.writeValueAsBytes(claims));
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
            return header + "." + body + "." + b64(rs256.sign());
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JWK integers are unsigned big-endian: without BigInteger's sign byte. */
    private static String unsigned(java.math.BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return b64(bytes);
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void send(HttpExchange exchange, Object body) throws IOException {
        byte[] bytes = Json.MAPPER.writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
