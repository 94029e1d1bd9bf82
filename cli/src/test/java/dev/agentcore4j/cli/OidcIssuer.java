package dev.agentcore4j.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** An OpenID provider on a loopback port (discovery document, JWKS) and RS256 tokens it signs. */
final class OidcIssuer implements AutoCloseable {

    private static final String KID = "memory-it";

    private final HttpServer server;
    private final KeyPair keys;

    OidcIssuer() throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        keys = generator.generateKeyPair();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/.well-known/openid-configuration",
                exchange -> send(exchange, Map.of("issuer", issuer(), "jwks_uri", issuer() + "/jwks.json")));
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

    /** A token for {@code subject} with audience {@code audience}, valid for five minutes. */
    String token(String subject, String audience) throws IOException, GeneralSecurityException {
        long now = Instant.now().getEpochSecond();
        String header = b64(MemoryTwinFixture.JSON.writeValueAsBytes(Map.of("alg", "RS256", "typ", "JWT", "kid", KID)));
        String body = b64(MemoryTwinFixture.JSON.writeValueAsBytes(Map.of("iss", issuer(), "sub", subject, "aud", audience,
                "iat", now, "exp", now + 300)));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initSign(keys.getPrivate());
        rs256.update((header + "." + body).getBytes(StandardCharsets.US_ASCII));
        return header + "." + body + "." + b64(rs256.sign());
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return b64(bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void send(HttpExchange exchange, Object body) throws IOException {
        byte[] bytes = MemoryTwinFixture.JSON.writeValueAsBytes(body);
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
